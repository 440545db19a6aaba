package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Visits a schema and every schema nested in it (properties, items, additionalProperties,
 * combinators), each definition once. Following refs walks into the components a schema uses;
 * without, each schema is visited only where it is written.
 */
final class SchemaWalker {

  private static final List<String> COMBINATORS = List.of("allOf", "anyOf", "oneOf");

  private final LintContext context;
  private final boolean followRefs;
  private final Set<String> visited;

  SchemaWalker(LintContext context, boolean followRefs, Set<String> visited) {
    this.context = context;
    this.followRefs = followRefs;
    this.visited = visited;
  }

  void walk(Located schema, Consumer<Located> visitor) {
    Located current = schema;
    if (SpecTree.localRef(current.node()) != null) {
      if (!followRefs) {
        return;
      }
      current = context.follow(current);
    }
    JsonNode node = current.node();
    if (!node.isObject() || !visited.add(current.pointer())) {
      return;
    }
    visitor.accept(current);
    Located properties = current.child("properties");
    for (Iterator<String> it = properties.node().fieldNames(); it.hasNext(); ) {
      walk(properties.child(it.next()), visitor);
    }
    walk(current.child("items"), visitor);
    walk(current.child("additionalProperties"), visitor);
    walk(current.child("not"), visitor);
    for (String combinator : COMBINATORS) {
      Located parts = current.child(combinator);
      for (int i = 0; i < parts.node().size(); i++) {
        walk(parts.child(i), visitor);
      }
    }
  }
}
