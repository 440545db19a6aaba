package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.Space;
import java.util.Map;

/** A space of a workspace at run time: fixed audiences and Engage destinations, live audience state. */
record SpaceState(String workspaceId, Space space, Map<String, AudienceState> audiences,
    Map<String, EngageDestination> destinations) {

  String id() {
    return space.id();
  }

  AudienceState audience(String audienceId) {
    AudienceState audience = audiences.get(audienceId);
    if (audience == null) {
      throw ApiProblem.notFound("audienceId", "Audience " + audienceId + " not found");
    }
    return audience;
  }

  /** The Engage destination of this space, or 404: a connection can only point at one of these. */
  EngageDestination destination(String destinationId, String field) {
    EngageDestination destination = destinations.get(destinationId);
    if (destination == null) {
      throw ApiProblem.notFound(field, "Destination " + destinationId + " is not added to Engage in space " + id());
    }
    return destination;
  }
}
