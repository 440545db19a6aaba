package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema as a reader sees it: {@code $ref}s followed and {@code allOf} members folded in, so a
 * schema moved behind a ref or split into an {@code allOf} compares equal to the inline original.
 * A keyword comes from the first layer (the schema, then its members in order) that declares it.
 */
final class SchemaView {

  private static final int MAX_DEPTH = 16;

  private final Node self;
  private final List<Node> layers = new ArrayList<>();
  private final Map<String, Node> properties = new LinkedHashMap<>();
  private final Set<String> required = new LinkedHashSet<>();

  SchemaView(Document document, Node schema) {
    this.self = document.resolve(schema);
    collect(document, self, 0);
    for (Node layer : layers) {
      if (layer.has("properties") && layer.get("properties").isObject()) {
        Node props = layer.child("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.value().fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> property = it.next();
          properties.putIfAbsent(property.getKey(), new Node(property.getValue(), Pointer.child(props.pointer(), property.getKey())));
        }
      }
      if (layer.has("required") && layer.get("required").isArray()) {
        layer.get("required").forEach(name -> required.add(name.asText()));
      }
    }
  }

  private void collect(Document document, Node schema, int depth) {
    if (schema.value() == null || !schema.value().isObject() || depth > MAX_DEPTH) {
      return;
    }
    layers.add(schema);
    if (schema.has("allOf") && schema.get("allOf").isArray()) {
      Node members = schema.child("allOf");
      for (int i = 0; i < members.value().size(); i++) {
        collect(document, document.resolve(members.value().get(i), Pointer.child(members.pointer(), i)), depth + 1);
      }
    }
  }

  /** Where the schema sits (after refs). */
  String pointer() {
    return self.pointer();
  }

  boolean isSchema() {
    return self.value() != null && self.value().isObject();
  }

  /** The keyword from the first layer declaring it, or null. */
  Node keyword(String name) {
    for (Node layer : layers) {
      if (layer.has(name)) {
        return layer.child(name);
      }
    }
    return null;
  }

  String text(String name) {
    Node node = keyword(name);
    return node == null ? null : node.value().asText();
  }

  boolean flag(String name) {
    Node node = keyword(name);
    return node != null && node.value().asBoolean(false);
  }

  /** The location of a keyword when present, else of the schema itself. */
  String pointerOf(String name) {
    Node node = keyword(name);
    return node == null ? self.pointer() : node.pointer();
  }

  Map<String, Node> properties() {
    return properties;
  }

  Set<String> required() {
    return required;
  }

  /** {@code additionalProperties: false} on any layer: unknown properties are rejected. */
  boolean isClosed() {
    Node additional = keyword("additionalProperties");
    return additional != null && additional.value().isBoolean() && !additional.value().asBoolean();
  }
}
