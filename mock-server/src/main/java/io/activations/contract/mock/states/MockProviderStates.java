package io.activations.contract.mock.states;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fixtures.Workspace;
import io.activations.contract.spec.SpecOperation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Provider states on the mock: each setup returns the mock to its fixtures, then answers the ids of
 * the first fixture that makes the state true (in the workspace of the fixtures' first token, the
 * one pacts send). A used-up rate limit is reached the way a client reaches it: by requests.
 */
public final class MockProviderStates implements ProviderStates {

  /** A bound on the requests sent to use up a budget, so a misconfigured limit cannot loop for long. */
  private static final int MAX_BURST = 100_000;

  private final MockServer mock;
  private final String token;
  private final FixtureCandidates candidates;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
      useUpBudget(String.valueOf(given.get("operationId")), ids);
    }
    return ids;
  }

  @Override
  public void tearDown(String state, Map<String, Object> params) {
    mock.reset();
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

  private void useUpBudget(String operationId, Map<String, Object> ids) throws ProviderStateException {
    SpecOperation operation;
    try {
      operation = io.activations.contract.spec.Spec.bundled().operation(operationId);
    } catch (IllegalArgumentException e) {
      throw new ProviderStateException("'" + ProviderStateNames.RATE_LIMIT_USED_UP + "' needs the parameter operationId"
          + " naming an operation of the spec, not '" + operationId + "'");
    }
    URI uri = mock.baseUri().resolve(path(operation.pathTemplate(), ids));
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(operation.method(), HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(10))
        .build();
    try {
      for (int sent = 0; sent < MAX_BURST; sent++) {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 429) {
          return;
        }
      }
    } catch (IOException e) {
      throw new ProviderStateException("cannot reach the mock to use up the budget of " + operationId + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderStateException("interrupted while using up the budget of " + operationId);
    }
    throw new ProviderStateException("the budget of " + operationId + " was not used up after " + MAX_BURST + " requests");
  }

  /** The operation's path with the state's ids; parameters the state has no id for get a placeholder. */
  private static String path(String template, Map<String, Object> ids) {
    String path = template;
    for (Map.Entry<String, Object> id : ids.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
    }
    return path.replaceAll("\\{[^}]+}", "unknown");
  }
}
