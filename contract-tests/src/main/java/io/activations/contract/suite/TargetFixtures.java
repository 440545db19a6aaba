package io.activations.contract.suite;

import java.util.Objects;
import java.util.Optional;

/**
 * The ids of resources that already exist on a target, which the suite cannot create itself.
 *
 * @param spaceId a space of the token's workspace
 * @param audienceId a classic (non-linked) audience of that space
 * @param audienceType that audience's type ({@code USERS} or {@code ACCOUNTS})
 * @param destinationId a workspace destination added to Engage in that space
 * @param actionId an action the destination offers (Action destinations); empty: bodies carry no
 *     {@code destinationMapping}
 * @param linkedAudienceId a linked audience of the space, if any
 * @param connectionId an existing connection of the audience, used when writes are off
 * @param activationId an existing activation of that connection, used when writes are off
 * @param otherWorkspace resources of another workspace, for the isolation cases
 */
public record TargetFixtures(
    String spaceId,
    String audienceId,
    String audienceType,
    String destinationId,
    Optional<String> actionId,
    Optional<String> linkedAudienceId,
    Optional<String> connectionId,
    Optional<String> activationId,
    Optional<ForeignWorkspace> otherWorkspace) {

  public TargetFixtures {
    requireId(spaceId, "spaceId");
    requireId(audienceId, "audienceId");
    requireId(audienceType, "audienceType");
    requireId(destinationId, "destinationId");
    actionId = Objects.requireNonNullElse(actionId, Optional.empty());
    linkedAudienceId = Objects.requireNonNullElse(linkedAudienceId, Optional.empty());
    connectionId = Objects.requireNonNullElse(connectionId, Optional.empty());
    activationId = Objects.requireNonNullElse(activationId, Optional.empty());
    otherWorkspace = Objects.requireNonNullElse(otherWorkspace, Optional.empty());
  }

  /** The required ids only; everything optional left out. */
  public static TargetFixtures of(String spaceId, String audienceId, String audienceType, String destinationId) {
    return new TargetFixtures(spaceId, audienceId, audienceType, destinationId, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Resources of a workspace the target's token must not see.
   *
   * @param spaceId its space
   * @param audienceId an audience of that space
   * @param connectionId a connection of that audience
   * @param activationId an activation of that connection
   */
  public record ForeignWorkspace(String spaceId, String audienceId, String connectionId, String activationId) {
    public ForeignWorkspace {
      requireId(spaceId, "otherWorkspace.spaceId");
      requireId(audienceId, "otherWorkspace.audienceId");
      requireId(connectionId, "otherWorkspace.connectionId");
      requireId(activationId, "otherWorkspace.activationId");
    }
  }

  static void requireId(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
