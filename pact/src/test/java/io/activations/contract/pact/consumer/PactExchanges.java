package io.activations.contract.pact.consumer;

import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.client.api.ActivationsApi;
import io.activations.client.support.ActivationsClients;
import io.activations.contract.pact.matchers.SpecBody;
import io.activations.contract.pact.matchers.SpecMatchers;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/** What every interaction of the consumer pacts shares: names, the token, the spec-derived response. */
final class PactExchanges {

  static final String CONSUMER = "activations-java-client";
  static final String PROVIDER = "activations-api";
  /** The mock's token of its first workspace: a pact never holds a real one. */
  static final String TOKEN = "mock-token-workspace-a";
  static final String SPACE_PATH = "/spaces/${spaceId}/audiences/${audienceId}";
  static final String EXAMPLE_SPACE_PATH = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS";

  static final SpecMatchers SPEC = SpecMatchers.bundled();
  private static final ObjectMapper JSON = new io.activations.client.ApiClient().getObjectMapper();

  private PactExchanges() {}

  static PactDslWithState given(PactDslWithProvider builder, String state, Map<String, Object> params) {
    return builder.given(state, params);
  }

  /** The request line and the bearer token every operation needs. */
  static PactDslRequestWithPath request(PactDslWithState given, String description, String method, String pathExpression,
      String examplePath) {
    return given.uponReceiving(description)
        .method(method)
        .pathFromProviderState(pathExpression, examplePath)
        .matchHeader("Authorization", "Bearer .+", "Bearer " + TOKEN);
  }

  /** A JSON request body built from the spec, and the matching Content-Type. */
  static PactDslRequestWithPath withBody(PactDslRequestWithPath request, String operationId, SpecBody body) {
    return request
        .matchHeader("Content-Type", "application/(vnd\\.segment\\.v1alpha\\+)?json.*", SPEC.requestContentType(operationId))
        .body(body.build());
  }

  /** The status, the declared headers (rate limits, Retry-After) and the spec-derived body. */
  /**
   * The answer the spec declares for this status: its content type, its required headers, those of
   * its optional headers this consumer reads ({@code optionalHeadersRead}), and the body.
   */
  static PactDslResponse respond(PactDslRequestWithPath request, String operationId, int status, SpecBody body,
      String... optionalHeadersRead) {
    Set<String> read = Set.of(optionalHeadersRead);
    PactDslResponse response = request.willRespondWith().status(status);
    String contentType = SPEC.responseContentType(operationId, status);
    response = response.matchHeader("Content-Type", contentType.replace(".", "\\.").replace("+", "\\+") + "(;.*)?", contentType);
    for (SpecMatchers.HeaderExpectation header : SPEC.responseHeaders(operationId, status)) {
      // Pact splits header values at commas, so an HTTP date (X-RateLimit-Reset) cannot be matched as one value
      if ((header.required() || read.contains(header.name())) && !header.example().contains(",")) {
        response = response.matchHeader(header.name(), header.regex(), header.example());
      }
    }
    return response.body(body.build());
  }

  static ActivationsApi client(String baseUrl, String token) {
    return ActivationsClients.api(URI.create(baseUrl), token);
  }

  /** The example a spec body holds, as the client's model, so the client sends exactly what the pact expects. */
  static <T> T model(SpecBody body, Class<T> type) throws Exception {
    return JSON.readValue(body.build().getBody().serialise(), type);
  }
}
