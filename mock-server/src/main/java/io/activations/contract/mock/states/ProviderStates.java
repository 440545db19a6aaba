package io.activations.contract.mock.states;

import java.util.List;
import java.util.Map;

/**
 * Sets up the situations a consumer's pact names ("an activation exists") and answers the ids the
 * provider holds for them, so pacts carry state names and parameters, never a provider's ids.
 */
public interface ProviderStates {

  /**
   * Makes the state true and returns the values a pact may inject ({@code spaceId}, {@code
   * activationId}, ...).
   *
   * @param params the pact's parameters of the state; an id given here must exist in the state
   * @throws ProviderStateException when the state is unknown or cannot be set up here
   */
  Map<String, Object> setUp(String state, Map<String, Object> params) throws ProviderStateException;

  /** Undoes what {@link #setUp} did, when there is anything to undo. */
  default void tearDown(String state, Map<String, Object> params) {}

  /** The state names this implementation knows. */
  default List<String> names() {
    return ProviderStateNames.ALL;
  }
}
