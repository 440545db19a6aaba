package io.activations.contract.mock.internal;

import java.util.Map;

/**
 * What one token can see: its workspace's spaces. Anything else is 404, never another workspace's
 * data. {@code generation} is the world's (see {@link World}): cursors are bound to it.
 */
record WorkspaceState(String id, long generation, Map<String, SpaceState> spaces) {

  SpaceState space(String spaceId) {
    SpaceState space = spaces.get(spaceId);
    if (space == null) {
      throw ApiProblem.notFound("spaceId", "Space " + spaceId + " not found");
    }
    return space;
  }
}
