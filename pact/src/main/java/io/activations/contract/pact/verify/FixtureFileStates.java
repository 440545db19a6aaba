package io.activations.contract.pact.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.mock.states.ProviderStateException;
import io.activations.contract.mock.states.ProviderStateNames;
import io.activations.contract.mock.states.ProviderStates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provider states on a real server: nothing can be created or reset there, so each state maps to
 * ids the fixtures file names (the same flat file {@code ./contract verify --fixtures} reads). A
 * state whose ids the file lacks, or that cannot be arranged on a real server, fails its
 * interaction with a reason.
 */
public final class FixtureFileStates implements ProviderStates {

  private static final Map<String, List<String>> NEEDS = Map.of(
      ProviderStateNames.AUDIENCE_EXISTS, List.of("spaceId", "audienceId", "audienceType"),
      ProviderStateNames.DESTINATION_NOT_CONNECTED, List.of("spaceId", "audienceId", "audienceType", "destinationId"),
      ProviderStateNames.CONNECTION_WITH_ACTION, List.of("spaceId", "audienceId", "connectionId", "actionId"),
      ProviderStateNames.CONNECTION_WITHOUT_ACTIVATIONS, List.of("spaceId", "audienceId", "idleConnectionId"),
      ProviderStateNames.CONNECTION_WITH_ACTIVATIONS, List.of("spaceId", "audienceId", "connectionId"),
      ProviderStateNames.ACTIVATION_EXISTS, List.of("spaceId", "audienceId", "connectionId", "activationId"));

  private final Map<String, String> ids;

  public FixtureFileStates(Map<String, String> ids) {
    this.ids = Map.copyOf(ids);
  }

  /** Reads the flat JSON object of ids; every string field is kept. */
  public static FixtureFileStates read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    if (root == null || !root.isObject()) {
      throw new IOException(file + " is not a JSON object of ids");
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isTextual()) {
        ids.put(field.getKey(), field.getValue().asText());
      }
    }
    return new FixtureFileStates(ids);
  }

  @Override
  public Map<String, Object> setUp(String state, Map<String, Object> params) throws ProviderStateException {
    if (ProviderStateNames.RATE_LIMIT_USED_UP.equals(state)) {
      throw new ProviderStateException("'" + state + "' is not arranged on a real server (it would spend the token's"
          + " real budget); verify that interaction against the mock");
    }
    List<String> needed = NEEDS.get(state);
    if (needed == null) {
      throw new ProviderStateException("unknown provider state '" + state + "'; known states: " + ProviderStateNames.ALL);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : needed) {
      String id = ids.get(key);
      if (id == null) {
        throw new ProviderStateException("the fixtures file names no " + key + ", which '" + state + "' needs");
      }
      values.put(key.equals("idleConnectionId") ? "connectionId" : key, id);
    }
    return values;
  }
}
