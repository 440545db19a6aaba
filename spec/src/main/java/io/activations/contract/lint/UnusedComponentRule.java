package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every component is used: reachable through {@code $ref}s from the paths (a component used only by
 * unused components is unused too), or, for security schemes, named by a security requirement.
 * Dead components drift out of date unnoticed and end up as dead generated classes.
 */
final class UnusedComponentRule implements LintRule {

  static final String KEY = "lint.component.unused";
  private static final List<String> KINDS =
      List.of("schemas", "parameters", "responses", "headers", "requestBodies", "examples", "links", "callbacks");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every component is referenced from an operation";
  }

  @Override
  public Report check(LintContext context) {
    JsonNode document = context.document();
    Set<String> used = new HashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    for (Map.Entry<String, JsonNode> field : document.properties()) {
      if (!field.getKey().equals("components")) {
        pending.push(field.getValue());
      }
    }
    while (!pending.isEmpty()) {
      collectRefs(pending.pop(), "", document, used, pending);
    }
    List<Finding> findings = new ArrayList<>();
    Located components = context.root().child("components");
    for (String kind : KINDS) {
      Definitions.forEachField(components.child(kind), component -> {
        if (!used.contains(component.pointer())) {
          findings.add(context.finding(KEY, component, "components." + kind + " entry is not used"));
        }
      });
    }
    Set<String> schemesInUse = SecuritySchemes.named(document);
    Definitions.forEachField(components.child("securitySchemes"), scheme -> {
      String name = scheme.pointer().substring(scheme.pointer().lastIndexOf('/') + 1);
      if (!schemesInUse.contains(name)) {
        findings.add(context.finding(KEY, scheme, "security scheme is not applied by any security requirement"));
      }
    });
    return Report.of(findings);
  }

  /** Marks the component each ref lands in and queues it, once, so its own refs count too. */
  private static void collectRefs(JsonNode node, String key, JsonNode document, Set<String> used, Deque<JsonNode> pending) {
    if (node.isObject()) {
      String ref = SpecTree.localRef(node);
      if (ref != null) {
        Located target = SpecTree.resolveRef(document, ref);
        String component = componentOf(target.pointer());
        if (component != null && used.add(component)) {
          pending.push(document.at(component));
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        // example values are data: a "$ref" key inside one is not a reference (a property may be named so, though)
        boolean data = field.getKey().equals("example") || field.getKey().equals("value");
        if (key.equals("properties") || !data) {
          collectRefs(field.getValue(), field.getKey(), document, used, pending);
        }
      }
    } else if (node.isArray()) {
      node.forEach(item -> collectRefs(item, "", document, used, pending));
    }
  }

  /** {@code /components/schemas/X/properties/y} -> {@code /components/schemas/X}; null outside components. */
  private static String componentOf(String pointer) {
    String[] parts = pointer.split("/", -1);
    if (parts.length < 4 || !parts[1].equals("components")) {
      return null;
    }
    return "/" + parts[1] + "/" + parts[2] + "/" + parts[3];
  }
}
