package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Request bodies reject unknown properties: every object schema with declared properties in a
 * request body, nested ones included, says {@code additionalProperties: false}. A typo in a field
 * name then fails loudly instead of being silently ignored. Maps (no properties, a schema for the
 * values) are left alone.
 */
final class RequestBodyOpenRule implements LintRule {

  static final String KEY = "lint.requestBody.open";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every object with properties in a request body has additionalProperties: false";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    SchemaWalker walker = new SchemaWalker(context, true, visited);
    for (LintContext.OperationSite site : context.operations()) {
      Located content = context.follow(site.node().child("requestBody")).child("content");
      for (Iterator<String> it = content.node().fieldNames(); it.hasNext(); ) {
        walker.walk(content.child(it.next()).child("schema"), schema -> {
          JsonNode node = schema.node();
          JsonNode additional = node.get("additionalProperties");
          boolean closed = additional != null && additional.isBoolean() && !additional.asBoolean();
          if (node.has("properties") && !closed) {
            findings.add(context.finding(KEY, schema, "an object of " + site.name()
                + "'s request body accepts unknown properties; add additionalProperties: false"));
          }
        });
      }
    }
    return Report.of(findings);
  }
}
