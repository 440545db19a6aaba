package io.activations.contract.mock.states;

import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.Audience;
import io.activations.contract.mock.fixtures.CatalogueDestination;
import io.activations.contract.mock.fixtures.Connection;
import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.Space;
import io.activations.contract.mock.fixtures.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** For each state, the id sets of one workspace's fixtures that make it true, in fixture order. */
final class FixtureCandidates {

  private final Fixtures fixtures;
  private final Workspace workspace;

  FixtureCandidates(Fixtures fixtures, Workspace workspace) {
    this.fixtures = fixtures;
    this.workspace = workspace;
  }

  List<Map<String, Object>> forState(String state) throws ProviderStateException {
    List<Map<String, Object>> result = new ArrayList<>();
    for (Space space : workspace.spaces()) {
      for (Audience audience : space.audiences()) {
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("spaceId", space.id());
        base.put("audienceId", audience.id());
        base.put("audienceType", audience.type().name());
        switch (state) {
          case ProviderStateNames.AUDIENCE_EXISTS, ProviderStateNames.RATE_LIMIT_USED_UP -> result.add(base);
          case ProviderStateNames.DESTINATION_NOT_CONNECTED -> connectable(space, audience, base, result);
          case ProviderStateNames.CONNECTION_WITH_ACTION, ProviderStateNames.CONNECTION_WITHOUT_ACTIVATIONS,
              ProviderStateNames.CONNECTION_WITH_ACTIVATIONS, ProviderStateNames.ACTIVATION_EXISTS ->
              connections(state, space, audience, base, result);
          default -> throw ProviderStateException.unknown(state);
        }
      }
    }
    return result;
  }

  private void connectable(Space space, Audience audience, Map<String, Object> base, List<Map<String, Object>> result) {
    for (EngageDestination destination : space.destinations()) {
      boolean connected = space.connections().stream()
          .anyMatch(c -> c.audienceId().equals(audience.id()) && c.destinationId().equals(destination.id()));
      boolean supported = catalogue(destination).map(entry -> entry.supports(audience.type())).orElse(false);
      if (!connected && supported) {
        result.add(with(base, "destinationId", destination.id()));
      }
    }
  }

  private void connections(String state, Space space, Audience audience, Map<String, Object> base,
      List<Map<String, Object>> result) {
    for (Connection connection : space.connections()) {
      if (!connection.audienceId().equals(audience.id())) {
        continue;
      }
      Map<String, Object> ids = with(base, "connectionId", connection.id());
      List<Activation> activations = space.activations().stream()
          .filter(activation -> activation.connectionId().equals(connection.id())).toList();
      switch (state) {
        case ProviderStateNames.CONNECTION_WITH_ACTION -> actionOf(space, connection)
            .ifPresent(actionId -> result.add(with(ids, "actionId", actionId)));
        case ProviderStateNames.CONNECTION_WITHOUT_ACTIVATIONS -> {
          if (activations.isEmpty()) {
            result.add(ids);
          }
        }
        case ProviderStateNames.CONNECTION_WITH_ACTIVATIONS -> {
          if (!activations.isEmpty()) {
            result.add(ids);
          }
        }
        default -> activations.forEach(activation -> result.add(with(ids, "activationId", activation.id())));
      }
    }
  }

  private Optional<String> actionOf(Space space, Connection connection) {
    return space.destinations().stream()
        .filter(destination -> destination.id().equals(connection.destinationId()))
        .findFirst()
        .flatMap(this::catalogue)
        .flatMap(entry -> entry.actions().stream().findFirst())
        .map(action -> action.id());
  }

  private Optional<CatalogueDestination> catalogue(EngageDestination destination) {
    return fixtures.catalogueEntry(destination.slug());
  }

  private static Map<String, Object> with(Map<String, Object> ids, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(ids);
    copy.put(key, value);
    return copy;
  }
}
