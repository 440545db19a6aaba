package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.Audience;
import io.activations.contract.mock.fixtures.Connection;
import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.Space;
import io.activations.contract.mock.fixtures.Workspace;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generation of live state, built from the fixtures; a reset builds a fresh one with the next
 * generation number. Sequence numbers come from the mock's one counter, so they continue across
 * generations instead of starting again.
 */
final class World {

  private final Map<String, WorkspaceState> workspacesByToken;

  private World(Map<String, WorkspaceState> workspacesByToken) {
    this.workspacesByToken = workspacesByToken;
  }

  static World from(Fixtures fixtures, long generation, SequenceNumbers seqs) {
    SharedValues shared = new SharedValues();
    Map<String, WorkspaceState> byToken = new HashMap<>();
    for (Workspace workspace : fixtures.workspaces()) {
      Map<String, SpaceState> spaces = new LinkedHashMap<>();
      workspace.spaces().forEach(space -> spaces.put(space.id(), spaceState(workspace.id(), space, seqs, shared)));
      WorkspaceState state = new WorkspaceState(workspace.id(), generation, Map.copyOf(spaces));
      workspace.tokens().forEach(token -> byToken.put(token, state));
    }
    return new World(Map.copyOf(byToken));
  }

  private static SpaceState spaceState(String workspaceId, Space space, SequenceNumbers seqs, SharedValues shared) {
    Map<String, AudienceState> audiences = new LinkedHashMap<>();
    for (Audience audience : space.audiences()) {
      audiences.put(audience.id(), new AudienceState(audience, seqs, shared));
    }
    Map<String, String> audienceOfConnection = new HashMap<>();
    for (Connection connection : space.connections()) {
      audiences.get(connection.audienceId()).restoreConnection(StoredConnection.from(connection));
      audienceOfConnection.put(connection.id(), connection.audienceId());
    }
    for (Activation activation : space.activations()) {
      audiences.get(audienceOfConnection.get(activation.connectionId())).restoreActivation(activation);
    }
    Map<String, EngageDestination> destinations = new LinkedHashMap<>();
    space.destinations().forEach(destination -> destinations.put(destination.id(), destination));
    return new SpaceState(workspaceId, space, Map.copyOf(audiences), Map.copyOf(destinations));
  }

  /** Every workspace (a faulty mock shows their spaces to any token). */
  java.util.Collection<WorkspaceState> workspaces() {
    return workspacesByToken.values();
  }

  /** The workspace a token belongs to, or null for an unknown token. */
  WorkspaceState workspaceForToken(String token) {
    return workspacesByToken.get(token);
  }
}
