package io.activations.contract.mock.states;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fixtures.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Provider states on the mock: each setup returns the mock to its fixtures, then answers the ids of
 * the first fixture that makes the state true (in the workspace of the fixtures' first token, the
 * one pacts send).
 * Teardown leaves the world as it is: the next setup starts from the fixtures anyway.
 */
public final class MockProviderStates implements ProviderStates {

  private final MockServer mock;
  private final String token;
  private final FixtureCandidates candidates;

  public MockProviderStates(MockServer mock) {
    this.mock = Objects.requireNonNull(mock, "mock");
    Map.Entry<String, Workspace> first = mock.fixtures().tokens().entrySet().stream().findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the mock's fixtures have no token"));
    this.token = first.getKey();
    this.candidates = new FixtureCandidates(mock.fixtures(), first.getValue());
  }

  @Override
  public Map<String, Object> setUp(String state, Map<String, Object> params) throws ProviderStateException {
    Map<String, Object> given = params == null ? Map.of() : params;
    List<Map<String, Object>> matching = candidates.forState(state).stream()
        .filter(ids -> agrees(ids, given)).toList();
    if (matching.isEmpty()) {
      throw new ProviderStateException("no fixture makes '" + state + "' true" + (given.isEmpty() ? "" : " with " + given));
    }
    mock.reset();
    Map<String, Object> ids = matching.get(0);
    if (ProviderStateNames.RATE_LIMIT_USED_UP.equals(state)) {
      useUpBudget(String.valueOf(given.get("operationId")));
    }
    return ids;
  }

  /** An id the pact names must be the fixture's; parameters the state does not give are free. */
  private static boolean agrees(Map<String, Object> ids, Map<String, Object> given) {
    for (Map.Entry<String, Object> param : given.entrySet()) {
      Object id = ids.get(param.getKey());
      if (id != null && !id.equals(String.valueOf(param.getValue()))) {
        return false;
      }
    }
    return true;
  }

  private void useUpBudget(String operationId) throws ProviderStateException {
    try {
      mock.useUpRateLimit(token, operationId);
    } catch (IllegalArgumentException e) {
      throw new ProviderStateException("'" + ProviderStateNames.RATE_LIMIT_USED_UP + "' needs the parameter operationId"
          + " naming an operation of the spec, not '" + operationId + "'");
    }
  }
}
