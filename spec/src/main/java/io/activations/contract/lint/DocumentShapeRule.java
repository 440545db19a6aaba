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
import java.util.regex.Pattern;

/**
 * Structure the parser accepts but OpenAPI 3.0 forbids: a {@code $ref} with siblings (they are
 * ignored), two tags of one name, a component name outside {@code [a-zA-Z0-9.-_]}, an example with
 * both {@code value} and {@code externalValue}. Spectral's {@code no-$ref-siblings} and
 * {@code openapi-tags-uniqueness}; Redocly's {@code spec-components-invalid-map-name} and
 * {@code no-example-value-and-externalValue}.
 */
final class DocumentShapeRule implements LintRule {

  static final String KEY = "lint.document.malformed";

  private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9.\\-_]+");
  /** Free-form values: a {@code $ref} key inside them is data, not a reference. */
  private static final Set<String> VALUES = Set.of("example", "value", "default", "enum");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "no $ref with siblings, no duplicate tag, valid component names, no example with both value and "
        + "externalValue (Spectral no-$ref-siblings, openapi-tags-uniqueness; Redocly spec-components-invalid-map-name, "
        + "no-example-value-and-externalValue)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    walkRefs(context, context.root(), findings);
    Located tags = context.root().child("tags");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tags.node().size(); i++) {
      String name = tags.node().get(i).path("name").asText();
      if (!names.add(name)) {
        findings.add(context.finding(KEY, tags.child(i), "the tag " + name + " is declared twice"));
      }
    }
    Definitions.forEachField(context.root().child("components"), kind -> Definitions.forEachField(kind, component -> {
      String name = component.name();
      if (!COMPONENT_NAME.matcher(name).matches()) {
        findings.add(context.finding(KEY, component, "the component name '" + name + "' has characters outside "
            + "a-z, A-Z, 0-9, '.', '-' and '_'"));
      }
    }));
    return Report.of(findings);
  }

  private static void walkRefs(LintContext context, Located node, List<Finding> findings) {
    JsonNode value = node.node();
    if (value.isObject()) {
      if (value.has("$ref") && value.size() > 1) {
        findings.add(context.finding(KEY, node, "$ref has siblings, which OpenAPI 3.0 ignores"));
      }
      if (value.has("value") && value.has("externalValue")) {
        findings.add(context.finding(KEY, node, "an example has both value and externalValue"));
      }
      for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!VALUES.contains(field) && !field.startsWith("x-")) {
          walkRefs(context, node.child(field), findings);
        }
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        walkRefs(context, node.child(i), findings);
      }
    }
  }
}
