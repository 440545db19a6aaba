package io.activations.contract.suite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the ids of a real target's existing resources from a JSON file:
 *
 * <pre>{@code
 * {
 *   "spaceId": "spa_...",            required: a space of the token's workspace
 *   "audienceId": "aud_...",         required: a classic audience of that space
 *   "audienceType": "USERS",         required: its type
 *   "destinationId": "dst_...",      required: a workspace destination added to Engage in the space
 *   "actionId": "...",               optional: an action of that destination (Action destinations)
 *   "linkedAudienceId": "aud_...",   optional: a linked audience of the space
 *   "connectionId": "ii_...",        optional: an existing connection of the audience (for --read-only)
 *   "activationId": "act_...",       optional: an existing activation of that connection (for --read-only)
 *   "otherWorkspace": {              optional: another workspace's resources, for the isolation cases
 *     "spaceId": "...", "audienceId": "...", "connectionId": "...", "activationId": "..."
 *   }
 * }
 * }</pre>
 */
public final class FixturesFile {

  private static final Set<String> FIELDS = Set.of("spaceId", "audienceId", "audienceType", "destinationId", "actionId",
      "linkedAudienceId", "connectionId", "activationId", "otherWorkspace");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixturesFile() {}

  public static TargetFixtures read(Path file) throws SuiteSetupException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SuiteSetupException("fixtures file " + file + " does not exist");
    } catch (IOException e) {
      throw new SuiteSetupException("cannot read fixtures file " + file + ": " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  public static TargetFixtures parse(String json, String sourceName) throws SuiteSetupException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SuiteSetupException("fixtures file " + sourceName + " is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new SuiteSetupException("fixtures file " + sourceName + " must hold a JSON object");
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new SuiteSetupException("fixtures file " + sourceName + ": unknown field(s) " + unknown + "; expected " + FIELDS);
    }
    try {
      return new TargetFixtures(
          required(root, "spaceId"), required(root, "audienceId"), required(root, "audienceType"),
          required(root, "destinationId"), optional(root, "actionId"), optional(root, "linkedAudienceId"),
          optional(root, "connectionId"), optional(root, "activationId"), foreign(root.get("otherWorkspace")));
    } catch (IllegalArgumentException e) {
      throw new SuiteSetupException("fixtures file " + sourceName + ": " + e.getMessage());
    }
  }

  private static Optional<TargetFixtures.ForeignWorkspace> foreign(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("otherWorkspace must be an object");
    }
    return Optional.of(new TargetFixtures.ForeignWorkspace(required(node, "spaceId"), required(node, "audienceId"),
        required(node, "connectionId"), required(node, "activationId")));
  }

  private static String required(JsonNode node, String name) {
    return optional(node, name).orElseThrow(() -> new IllegalArgumentException(name + " is required (a non-empty string)"));
  }

  private static Optional<String> optional(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(name + " must be a non-empty string");
    }
    return Optional.of(value.asText());
  }
}
