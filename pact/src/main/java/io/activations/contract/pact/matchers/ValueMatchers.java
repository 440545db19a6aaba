package io.activations.contract.pact.matchers;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The matcher of one scalar value: type, id prefix, enum, date-time or declared pattern. */
final class ValueMatchers {

  /** Segment ids are strings with a short lower-case prefix ({@code spa_}, {@code aud_}, {@code ii_}, {@code act_}). */
  private static final Pattern ID = Pattern.compile("^([a-z]{2,4})_[A-Za-z0-9]+$");

  static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";

  private ValueMatchers() {}

  /** The JSON type of a schema, inferred from its keywords when {@code type} is not written. */
  static String type(JsonNode schema) {
    String type = schema.path("type").asText("");
    if (!type.isEmpty()) {
      return type;
    }
    if (schema.has("properties") || schema.has("allOf") || schema.has("additionalProperties")) {
      return "object";
    }
    return schema.has("items") ? "array" : "string";
  }

  static void field(PactDslJsonBody body, String name, JsonNode schema, JsonNode example) {
    switch (type(schema)) {
      case "integer" -> body.integerType(name, number(schema, example).longValue());
      case "number" -> body.numberType(name, number(schema, example));
      case "boolean" -> body.booleanType(name, bool(schema, example));
      default -> {
        String text = text(schema, example);
        String regex = stringRegex(schema, text);
        if (regex == null) {
          body.stringType(name, text);
        } else {
          body.stringMatcher(name, regex, text);
        }
      }
    }
  }

  static PactDslJsonRootValue rootValue(JsonNode schema, JsonNode example) {
    switch (type(schema)) {
      case "integer":
        return PactDslJsonRootValue.integerType(number(schema, example).longValue());
      case "number":
        return PactDslJsonRootValue.numberType(number(schema, example));
      case "boolean":
        return PactDslJsonRootValue.booleanType(bool(schema, example));
      default:
        String text = text(schema, example);
        String regex = stringRegex(schema, text);
        return regex == null ? PactDslJsonRootValue.stringType(text) : PactDslJsonRootValue.stringMatcher(regex, text);
    }
  }

  /** The regex a string must match, or null when any string of the right type will do. */
  static String stringRegex(JsonNode schema, String example) {
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(value -> values.add(escape(value.asText())));
      return "^(" + String.join("|", values) + ")$";
    }
    if ("date-time".equals(schema.path("format").asText())) {
      return DATE_TIME;
    }
    Matcher id = ID.matcher(example);
    if (id.matches()) {
      return "^" + id.group(1) + "_[A-Za-z0-9]+$";
    }
    String pattern = schema.path("pattern").asText("");
    return !pattern.isEmpty() && Pattern.compile(pattern).matcher(example).find() ? pattern : null;
  }

  /** Header regexes: integers are digits, a declared pattern as written, anything else non-empty. */
  static String headerRegex(JsonNode schema) {
    if ("integer".equals(type(schema))) {
      return "^[0-9]+$";
    }
    String pattern = schema.path("pattern").asText("");
    return pattern.isEmpty() ? "^.+$" : pattern;
  }

  static String exampleText(JsonNode schema, JsonNode example) {
    return text(schema, example);
  }

  private static String text(JsonNode schema, JsonNode example) {
    if (example != null && example.isValueNode() && !example.isNull()) {
      return example.asText();
    }
    if (schema.has("example")) {
      return schema.get("example").asText();
    }
    if (schema.has("enum") && !schema.get("enum").isEmpty()) {
      return schema.get("enum").get(0).asText();
    }
    return "date-time".equals(schema.path("format").asText()) ? "2024-06-11T09:30:00Z" : "text";
  }

  private static Number number(JsonNode schema, JsonNode example) {
    if (example != null && example.isNumber()) {
      return example.numberValue();
    }
    if (schema.path("example").isNumber()) {
      return schema.get("example").numberValue();
    }
    return schema.path("minimum").isNumber() ? schema.get("minimum").numberValue() : 1;
  }

  private static boolean bool(JsonNode schema, JsonNode example) {
    if (example != null && example.isBoolean()) {
      return example.booleanValue();
    }
    return schema.path("example").asBoolean(true);
  }

  /** Escapes regex metacharacters the portable way (no \Q..\E: Rust and JS verifiers read these regexes too). */
  private static String escape(String literal) {
    return literal.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
  }
}
