package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Breaks a valid request body one fault at a time by walking its schema alongside it: each
 * required field removed, each field given a value of the wrong type, each enum, length, range
 * and item-count bound crossed, an unknown field added to each closed object. A new field or
 * constraint in the spec becomes a new mutation without new code.
 */
final class BodyMutations {

  /** The name of the field added to closed objects; no schema of this API declares it. */
  static final String UNKNOWN_FIELD = "contractSuiteUnknownField";

  private final SpecDocument document;
  private final List<Mutation> mutations = new ArrayList<>();
  private JsonNode root;

  private BodyMutations(SpecDocument document) {
    this.document = document;
  }

  /** Every single-fault mutant of {@code validBody} against {@code schema}. */
  static List<Mutation> of(SpecDocument document, JsonNode schema, JsonNode validBody) {
    BodyMutations walk = new BodyMutations(document);
    walk.root = validBody;
    walk.values(document.resolve(schema), FieldPath.ROOT, validBody);
    walk.walk(document.resolve(schema), validBody, FieldPath.ROOT);
    return List.copyOf(walk.mutations);
  }

  private void walk(JsonNode schema, JsonNode value, FieldPath path) {
    List<String> types = SpecDocument.types(schema);
    if (value.isObject() && (types.isEmpty() || types.contains("object"))) {
      object(schema, value, path);
    } else if (value.isArray() && schema.has("items") && !value.isEmpty()) {
      JsonNode items = document.resolve(schema.get("items"));
      values(items, path.child(0), value.get(0));
      walk(items, value.get(0), path.child(0));
    }
  }

  private void object(JsonNode schema, JsonNode value, FieldPath path) {
    for (JsonNode required : schema.path("required")) {
      if (value.has(required.asText())) {
        boolean differs = schema.path("x-live-api-differs").has(required.asText());
        add(path.child(required.asText()), "required", "required field left out", null, differs);
      }
    }
    JsonNode properties = schema.path("properties");
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode propertySchema = document.resolve(property.getValue());
      JsonNode current = value.get(property.getKey());
      values(propertySchema, path.child(property.getKey()), current);
      if (current != null) {
        walk(propertySchema, current, path.child(property.getKey()));
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
      add(path.child(UNKNOWN_FIELD), "additionalProperties", "unknown field added to a closed object", BooleanNode.TRUE);
    } else if (additional != null && additional.isObject()) {
      JsonNode valueSchema = document.resolve(additional);
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!properties.has(name)) {
          values(valueSchema, path.child(name), value.get(name));
          walk(valueSchema, value.get(name), path.child(name));
          break;  // one entry stands for all: they share the schema
        }
      }
    }
  }

  /** Mutations of one value: wrong type, then every bound its schema declares. */
  private void values(JsonNode schema, FieldPath path, JsonNode current) {
    List<String> types = SpecDocument.types(schema);
    if (types.isEmpty()) {
      return;
    }
    String type = types.get(0);
    JsonNode wrong = wrongType(type);
    add(path, "type", "a " + describe(wrong) + " instead of " + (types.contains("integer") ? "an integer" : "a " + type), wrong);
    if (schema.has("enum") && "string".equals(type)) {
      add(path, "enum", "a value outside the enum", TextNode.valueOf("not-a-declared-value"));
    }
    if (schema.path("minLength").asInt(0) > 0) {
      int min = schema.get("minLength").asInt();
      add(path, "minLength", "shorter than minLength " + min, TextNode.valueOf("a".repeat(min - 1)));
    }
    if (schema.has("maxLength")) {
      int max = schema.get("maxLength").asInt();
      add(path, "maxLength", "longer than maxLength " + max, TextNode.valueOf("a".repeat(max + 1)));
    }
    if (schema.has("minimum") && types.contains("integer")) {
      add(path, "minimum", "below minimum", IntNode.valueOf(schema.get("minimum").asInt() - 1));
    }
    if (schema.has("maximum") && types.contains("integer")) {
      add(path, "maximum", "above maximum", IntNode.valueOf(schema.get("maximum").asInt() + 1));
    }
    if (current != null && current.isArray() && !current.isEmpty()) {
      if (schema.has("maxItems")) {
        add(path, "maxItems", "more than maxItems " + schema.get("maxItems").asInt(), copies(current.get(0), schema.get("maxItems").asInt() + 1));
      }
      if (schema.path("minItems").asInt(0) > 0) {
        add(path, "minItems", "fewer than minItems " + schema.get("minItems").asInt(), copies(current.get(0), schema.get("minItems").asInt() - 1));
      }
    }
  }

  private void add(FieldPath path, String keyword, String description, JsonNode value) {
    add(path, keyword, description, value, false);
  }

  private void add(FieldPath path, String keyword, String description, JsonNode value, boolean liveApiDiffers) {
    JsonNode mutant;
    if (path.isRoot()) {
      mutant = value;
    } else {
      mutant = root.deepCopy();
      path.apply(mutant, value);
    }
    String where = path.isRoot() ? "body" : path.toString();
    mutations.add(new Mutation(where, keyword, where + ": " + description, mutant, liveApiDiffers));
  }

  private static JsonNode wrongType(String type) {
    return switch (type) {
      case "string" -> IntNode.valueOf(12345);
      case "integer", "number" -> TextNode.valueOf("not-a-number");
      case "boolean" -> TextNode.valueOf("not-a-boolean");
      case "array" -> TextNode.valueOf("not-an-array");
      default -> JsonNodeFactory.instance.arrayNode().add("not-an-object");
    };
  }

  private static String describe(JsonNode value) {
    return value.isInt() ? "number" : value.isArray() ? "array" : "string";
  }

  private static ArrayNode copies(JsonNode item, int count) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < count; i++) {
      array.add(item.deepCopy());
    }
    return array;
  }
}
