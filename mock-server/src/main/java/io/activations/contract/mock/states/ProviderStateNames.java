package io.activations.contract.mock.states;

import java.util.List;

/**
 * The situations of the mock's world a pact can name. Each gives the ids in brackets (as values a
 * pact injects with {@code fromProviderState}); ids given as parameters are honoured when they exist.
 */
public final class ProviderStateNames {

  /** [spaceId, audienceId, audienceType]. */
  public static final String AUDIENCE_EXISTS = "an audience exists";
  /** [spaceId, audienceId, audienceType, destinationId]: a destination added to Engage, not yet connected to the audience. */
  public static final String DESTINATION_NOT_CONNECTED = "a destination can be connected to the audience";
  /** [spaceId, audienceId, connectionId, actionId]: a connection to a destination that offers an action. */
  public static final String CONNECTION_WITH_ACTION = "a connection to an action destination exists";
  /** [spaceId, audienceId, connectionId]: a connection that has no activation. */
  public static final String CONNECTION_WITHOUT_ACTIVATIONS = "a connection without activations exists";
  /** [spaceId, audienceId, connectionId]: a connection that still has activations. */
  public static final String CONNECTION_WITH_ACTIVATIONS = "a connection with activations exists";
  /** [spaceId, audienceId, connectionId, activationId]. */
  public static final String ACTIVATION_EXISTS = "an activation exists";
  /** Parameter {@code operationId}; [spaceId, audienceId, audienceType]: that operation's budget is used up for the token. */
  public static final String RATE_LIMIT_USED_UP = "the rate limit of the operation is used up";

  public static final List<String> ALL = List.of(AUDIENCE_EXISTS, DESTINATION_NOT_CONNECTED, CONNECTION_WITH_ACTION,
      CONNECTION_WITHOUT_ACTIVATIONS, CONNECTION_WITH_ACTIVATIONS, ACTIVATION_EXISTS, RATE_LIMIT_USED_UP);

  private ProviderStateNames() {}
}
