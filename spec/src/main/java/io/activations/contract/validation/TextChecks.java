package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.report.Finding;
import java.util.List;

/** Checks one parameter or header value: convertible to its declared type, then valid against its schema. */
final class TextChecks {

  private TextChecks() {}

  static void check(Contracts.TextValue declared, List<String> values, String prefix, List<Finding> findings) {
    if (declared.schema() == null) {
      return;
    }
    JsonNode value = TextValues.convert(values, declared.type(), declared.itemType());
    if (value == null) {
      String expected = "array".equals(declared.type()) ? "a list of " + declared.itemType() : declared.type();
      findings.add(Finding.error(prefix + ".type", declared.name(),
          declared.name() + ": '" + String.join(",", values) + "' is not " + article(expected) + expected));
      return;
    }
    ErrorFindings.addNamed(findings, prefix, declared.name(), declared.schema().validate(value));
  }

  private static String article(String word) {
    return word.startsWith("a") || word.startsWith("i") ? "an " : "a ";
  }
}
