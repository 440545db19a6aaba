package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks one path or query parameter at a time against its schema: wrong type, outside the enum,
 * below or above a bound, shorter or longer than allowed. A path parameter is never made empty:
 * an empty segment changes which route the path matches, not the parameter's value.
 */
final class ParameterMutations {

  private ParameterMutations() {}

  static List<Mutation> of(SpecDocument.Parameter parameter) {
    List<Mutation> mutations = new ArrayList<>();
    JsonNode schema = parameter.schema();
    List<String> types = SpecDocument.types(schema);
    String name = parameter.name();
    boolean inPath = "path".equals(parameter.in());
    if (types.contains("integer") || types.contains("number")) {
      mutations.add(mutation(name, "type", "not a number", "not-a-number"));
    }
    if (types.contains("boolean")) {
      mutations.add(mutation(name, "type", "not a boolean", "not-a-boolean"));
    }
    if (schema.has("enum")) {
      mutations.add(mutation(name, "enum", "a value outside the enum", "NOT_A_DECLARED_VALUE"));
    }
    if (schema.has("minimum")) {
      mutations.add(mutation(name, "minimum", "below minimum " + schema.get("minimum").asLong(),
          Long.toString(schema.get("minimum").asLong() - 1)));
    }
    if (schema.has("maximum")) {
      mutations.add(mutation(name, "maximum", "above maximum " + schema.get("maximum").asLong(),
          Long.toString(schema.get("maximum").asLong() + 1)));
    }
    int minLength = schema.path("minLength").asInt(0);
    if (minLength > 0 && !(inPath && minLength == 1)) {
      mutations.add(mutation(name, "minLength", "shorter than minLength " + minLength, "a".repeat(minLength - 1)));
    }
    if (schema.has("maxLength")) {
      int maxLength = schema.get("maxLength").asInt();
      mutations.add(mutation(name, "maxLength", "longer than maxLength " + maxLength, "a".repeat(maxLength + 1)));
    }
    return mutations;
  }

  private static Mutation mutation(String name, String keyword, String description, String value) {
    return new Mutation(name, keyword, name + ": " + description, TextNode.valueOf(value));
  }
}
