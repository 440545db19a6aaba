package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema's keywords agree with its type: an array declares its items, {@code items} belongs to
 * an array and {@code properties} to an object, and every enum value has the schema's type.
 * Spectral's {@code array-items}; Redocly's {@code no-schema-type-mismatch} and
 * {@code no-enum-type-mismatch}.
 */
final class SchemaConsistencyRule implements LintRule {

  static final String KEY = "lint.schema.inconsistent";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "a schema's items, properties and enum agree with its type (Spectral array-items, Redocly "
        + "no-schema-type-mismatch, no-enum-type-mismatch)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    new Definitions(context).forEachSchema(schema -> check(context, schema, findings));
    return Report.of(findings);
  }

  private static void check(LintContext context, Located schema, List<Finding> findings) {
    String type = schema.node().path("type").asText(null);
    if ("array".equals(type) && !schema.child("items").exists()) {
      findings.add(context.finding(KEY, schema, "an array schema needs items"));
    }
    if (type != null && !"array".equals(type) && schema.child("items").exists()) {
      findings.add(context.finding(KEY, schema.child("items"), "items is given to a schema of type " + type));
    }
    if (type != null && !"object".equals(type) && schema.child("properties").exists()) {
      findings.add(context.finding(KEY, schema.child("properties"), "properties are given to a schema of type " + type));
    }
    Located enumeration = schema.child("enum");
    for (int i = 0; type != null && i < enumeration.node().size(); i++) {
      JsonNode value = enumeration.node().get(i);
      if (!hasType(value, type, schema.node().path("nullable").asBoolean(false))) {
        findings.add(context.finding(KEY, enumeration.child(i), "enum value " + value + " is not of type " + type));
      }
    }
  }

  private static boolean hasType(JsonNode value, String type, boolean nullable) {
    if (value.isNull()) {
      return nullable;
    }
    return switch (type) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() % 1 == 0);
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      default -> true;
    };
  }
}
