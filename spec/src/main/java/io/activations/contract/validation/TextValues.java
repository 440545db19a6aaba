package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Parameters and headers arrive as text; their schemas speak of integers and booleans. This turns
 * the text into the JSON value the schema expects, or says it cannot.
 */
final class TextValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TextValues() {}

  /** The declared {@code type} of a (ref-resolved) schema, {@code string} when none is written. */
  static String declaredType(JsonNode schema) {
    JsonNode type = schema.get("type");
    return type != null && type.isTextual() ? type.asText() : "string";
  }

  /**
   * The JSON value of the text, or null when the text is not of the type (for example
   * {@code "abc"} for an integer).
   */
  static JsonNode convert(List<String> values, String type, String itemType) {
    if ("array".equals(type)) {
      ArrayNode array = NODES.arrayNode();
      List<String> items = values.size() == 1 ? List.of(values.get(0).split(",", -1)) : values;
      for (String item : items) {
        JsonNode converted = convert(item, itemType);
        if (converted == null) {
          return null;
        }
        array.add(converted);
      }
      return array;
    }
    return convert(values.get(0), type);
  }

  static JsonNode convert(String text, String type) {
    switch (type) {
      case "integer":
        try {
          return NODES.numberNode(new BigInteger(text.strip()));
        } catch (NumberFormatException e) {
          return null;
        }
      case "number":
        try {
          return NODES.numberNode(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
          return null;
        }
      case "boolean":
        if ("true".equals(text) || "false".equals(text)) {
          return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return null;
      default:
        return NODES.textNode(text);
    }
  }
}
