package io.activations.contract.mock.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.activations.contract.mock.fixtures.IdSyncConfiguration;
import java.io.IOException;
import java.util.List;

/**
 * Reads parts of a validated body into the model's records. The schema check has already run,
 * but a value the records still refuse becomes a 422 naming the field, never a 500.
 */
final class RequestBodies {

  private static final ObjectReader ID_SYNC = Json.MAPPER.readerFor(new TypeReference<List<IdSyncConfiguration>>() {});

  private RequestBodies() {}

  static <T> T read(JsonNode node, Class<T> type, String field) {
    try {
      return Json.MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiProblem.unprocessable(field, "Invalid " + field + ": " + rootMessage(e));
    }
  }

  static List<IdSyncConfiguration> idSync(JsonNode node, String field) {
    try {
      List<IdSyncConfiguration> values = ID_SYNC.readValue(node);
      return values == null ? List.of() : values;
    } catch (IOException | IllegalArgumentException e) {
      throw ApiProblem.unprocessable(field, "Invalid " + field + ": " + rootMessage(e));
    }
  }

  /** A free-form JSON object as compact JSON text, or null for JSON null or absence; anything else is a 422. */
  static String freeFormJson(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw ApiProblem.unprocessable(field, field + " must be an object or null");
    }
    return Json.text(node);
  }

  static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || !node.isTextual()) {
      throw ApiProblem.unprocessable(field, "\"" + field + "\" is required and must be a string");
    }
    return node.asText();
  }

  /** A boolean field's value, or {@code fallback} when it is absent. */
  static Boolean bool(JsonNode body, String field, Boolean fallback) {
    JsonNode node = body.get(field);
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw ApiProblem.unprocessable(field, "\"" + field + "\" must be a boolean");
    }
    return node.booleanValue();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root instanceof JsonProcessingException processing ? processing.getOriginalMessage() : root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
