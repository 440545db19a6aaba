package io.activations.contract.validation;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.activations.contract.report.Finding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns networknt errors into findings: {@code <prefix>.<keyword>} at a dotted field path. */
final class ErrorFindings {

  /** Keywords whose error names a property of the object at the instance location. */
  private static final Set<String> PROPERTY_KEYWORDS =
      Set.of("required", "additionalProperties", "dependentRequired", "dependencies", "unevaluatedProperties");

  private ErrorFindings() {}

  /** Findings located at the field path of each error; one per keyword and path. */
  static void addAt(List<Finding> findings, String prefix, List<Error> errors) {
    Set<String> seen = errors.size() > 1 ? new HashSet<>() : null;
    for (Error error : errors) {
      String key = prefix + "." + keyword(error);
      String location = fieldPath(error);
      if (seen == null || seen.add(key + " " + location)) {
        findings.add(Finding.error(key, location, error.getMessage()));
      }
    }
  }

  /** Findings all located at one fixed place (a parameter or header name). */
  static void addNamed(List<Finding> findings, String prefix, String name, List<Error> errors) {
    Set<String> seen = new HashSet<>();
    for (Error error : errors) {
      String key = prefix + "." + keyword(error);
      if (seen.add(key)) {
        findings.add(Finding.error(key, name, error.getMessage()));
      }
    }
  }

  private static String keyword(Error error) {
    String keyword = error.getKeyword();
    return keyword == null || keyword.isEmpty() ? "schema" : keyword;
  }

  /** {@code personalization.profile.properties[0]}; the missing or extra property is appended. */
  static String fieldPath(Error error) {
    StringBuilder path = new StringBuilder();
    NodePath instance = error.getInstanceLocation();
    if (instance != null) {
      for (int i = 0; i < instance.getNameCount(); i++) {
        Object element = instance.getElement(i);
        if (element instanceof Integer index) {
          path.append('[').append(index).append(']');
        } else {
          appendName(path, String.valueOf(element));
        }
      }
    }
    if (error.getProperty() != null && PROPERTY_KEYWORDS.contains(error.getKeyword())) {
      appendName(path, error.getProperty());
    }
    return path.toString();
  }

  private static void appendName(StringBuilder path, String name) {
    if (path.length() > 0) {
      path.append('.');
    }
    path.append(name);
  }
}
