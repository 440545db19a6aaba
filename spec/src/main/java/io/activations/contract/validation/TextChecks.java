package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.activations.contract.report.Finding;
import java.util.List;

/** Checks one parameter or header value: convertible to its declared type, then valid against its schema. */
final class TextChecks {

  private TextChecks() {}

  static void check(Contracts.TextValue declared, List<String> values, String prefix, List<Finding> findings) {
    if (declared.schema() == null) {
      return;
    }
    // ids in paths repeat from request to request; a text that met the schema once always does
    boolean single = values.size() == 1;
    if (single && declared.passed().contains(values.get(0))) {
      return;
    }
    JsonNode value = TextValues.convert(values, declared.type(), declared.itemType());
    if (value == null) {
      String expected = "array".equals(declared.type()) ? "a list of " + declared.itemType() : declared.type();
      findings.add(Finding.error(prefix + ".type", declared.name(),
          declared.name() + ": '" + String.join(",", values) + "' is not " + article(expected) + expected));
      return;
    }
    List<Error> errors = declared.schema().validate(value);
    if (errors.isEmpty()) {
      if (single) {
        declared.passed().add(values.get(0));
      }
      return;
    }
    ErrorFindings.addNamed(findings, prefix, declared.name(), errors);
  }

  private static String article(String word) {
    return word.startsWith("a") || word.startsWith("i") ? "an " : "a ";
  }
}
