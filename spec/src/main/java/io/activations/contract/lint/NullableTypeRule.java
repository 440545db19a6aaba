package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nullable: true} only has a meaning next to a {@code type} in OpenAPI 3.0; alone, tools
 * disagree (some ignore it, some refuse the schema and every example that uses it). Redocly's
 * {@code nullable-type-sibling}; Spectral reports it as invalid examples.
 */
final class NullableTypeRule implements LintRule {

  static final String KEY = "lint.schema.nullableWithoutType";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "a schema with nullable also has a type (Redocly nullable-type-sibling)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    new Definitions(context).forEachSchema(schema -> {
      if (schema.child("nullable").exists() && !schema.child("type").exists()) {
        findings.add(context.finding(KEY, schema.child("nullable"),
            "nullable is used without a type; give the schema a type, or drop nullable when any value is allowed"));
      }
    });
    return Report.of(findings);
  }
}
