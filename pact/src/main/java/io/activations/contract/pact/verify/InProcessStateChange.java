package io.activations.contract.pact.verify;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.support.Result;
import au.com.dius.pact.provider.IConsumerInfo;
import au.com.dius.pact.provider.IProviderInfo;
import au.com.dius.pact.provider.IProviderVerifier;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.StateChange;
import au.com.dius.pact.provider.StateChangeResult;
import io.activations.contract.mock.states.ProviderStateException;
import io.activations.contract.mock.states.ProviderStates;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pact's state-change step answered by {@link ProviderStates} in this JVM, so a state that cannot be
 * set up fails its interaction with our own one-line reason (kept in {@link #failures}) instead of
 * an HTTP status.
 */
final class InProcessStateChange implements StateChange {

  private final ProviderStates states;
  /** Interaction description to why its state could not be set up. */
  private final Map<String, String> failures = new HashMap<>();

  InProcessStateChange(ProviderStates states) {
    this.states = states;
  }

  Map<String, String> failures() {
    return failures;
  }

  @Override
  public StateChangeResult executeStateChange(IProviderVerifier verifier, IProviderInfo provider, IConsumerInfo consumer,
      Interaction interaction, String interactionMessage, Map<String, Object> failureMessages, ProviderClient client) {
    Map<String, Object> values = new LinkedHashMap<>();
    StringBuilder message = new StringBuilder(interactionMessage);
    boolean first = true;
    for (ProviderState state : interaction.getProviderStates()) {
      Result<Map<String, Object>, Exception> result = stateChange(verifier, state, provider, consumer, true, client);
      if (result instanceof Result.Err<?> err) {
        Exception error = (Exception) err.getError();
        failures.put(interaction.getDescription(), error.getMessage());
        failureMessages.put(message.toString(), error.getMessage());
        return new StateChangeResult(new Result.Err<>(error), message.toString());
      }
      values.putAll(((Result.Ok<Map<String, Object>>) result).getValue());
      message.append(first ? " Given " : " And ").append(state.getName());
      first = false;
    }
    return new StateChangeResult(new Result.Ok<>(values), message.toString());
  }

  @Override
  public Result<Map<String, Object>, Exception> stateChange(IProviderVerifier verifier, ProviderState state,
      IProviderInfo provider, IConsumerInfo consumer, boolean isSetup, ProviderClient client) {
    verifier.reportStateForInteraction(state.getName(), provider, consumer, isSetup);
    try {
      if (isSetup) {
        return new Result.Ok<>(states.setUp(state.getName(), state.getParams()));
      }
      states.tearDown(state.getName(), state.getParams());
      return new Result.Ok<>(Map.of());
    } catch (ProviderStateException e) {
      verifier.reportStateChangeFailed(state, e, isSetup);
      return new Result.Err<>(e);
    }
  }

  @Override
  public void executeStateChangeTeardown(IProviderVerifier verifier, Interaction interaction, IProviderInfo provider,
      IConsumerInfo consumer, ProviderClient client) {
    for (ProviderState state : interaction.getProviderStates()) {
      stateChange(verifier, state, provider, consumer, false, client);
    }
  }
}
