package io.activations.contract.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** Strict JSON reading of bodies: trailing garbage and duplicate keys make a body malformed. */
final class JsonBodies {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonBodies() {}

  /** The parsed body, or null with {@code problem[0]} set to why it is not JSON. */
  static JsonNode read(byte[] body, String[] problem) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        problem[0] = "the body is empty";
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      // Jackson names the source in its message; the body is ours to keep out of findings
      String reason = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
      problem[0] = "the body is not valid JSON: " + reason
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
      return null;
    } catch (IOException e) {
      problem[0] = "the body cannot be read: " + e.getMessage();
      return null;
    }
  }
}
