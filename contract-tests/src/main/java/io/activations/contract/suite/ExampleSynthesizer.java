package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A minimal valid value for a schema that has no example: required properties only, the first
 * enum value, the shortest allowed string. Lets an operation added without an example still get a
 * positive case and its mutations.
 */
final class ExampleSynthesizer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 12;

  private ExampleSynthesizer() {}

  static JsonNode minimal(SpecDocument document, JsonNode schema) {
    return value(document, document.resolve(schema), 0);
  }

  private static JsonNode value(SpecDocument document, JsonNode schema, int depth) {
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.has("enum") && !schema.get("enum").isEmpty()) {
      return schema.get("enum").get(0);
    }
    List<String> types = SpecDocument.types(schema);
    String type = types.isEmpty() ? "object" : types.get(0);
    return switch (type) {
      case "string" -> NODES.textNode("x".repeat(Math.max(1, schema.path("minLength").asInt(1))));
      case "integer", "number" -> NODES.numberNode(schema.path("minimum").asLong(1));
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> array(document, schema, depth);
      default -> object(document, schema, depth);
    };
  }

  private static ArrayNode array(SpecDocument document, JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    int count = schema.path("minItems").asInt(0);
    for (int i = 0; i < count && depth < MAX_DEPTH; i++) {
      array.add(value(document, document.resolve(schema.path("items")), depth + 1));
    }
    return array;
  }

  private static ObjectNode object(SpecDocument document, JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth >= MAX_DEPTH) {
      return object;
    }
    for (JsonNode name : schema.path("required")) {
      JsonNode property = document.resolve(schema.path("properties").path(name.asText()));
      object.set(name.asText(), value(document, property, depth + 1));
    }
    return object;
  }
}
