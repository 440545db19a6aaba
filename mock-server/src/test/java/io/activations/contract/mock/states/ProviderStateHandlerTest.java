package io.activations.contract.mock.states;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The provider-state endpoint in the shape Pact verifiers send: off by default, ids back as JSON, 400 for the unknown. */
class ProviderStateHandlerTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void offByDefault() throws Exception {
    try (MockServer mock = MockServer.builder().build().start()) {
      assertThat(mock.providerStatesUri()).isEmpty();
      assertThat(post(mock.baseUri().resolve(ProviderStateHandler.PATH), "{\"state\":\"an activation exists\"}").statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void setup_answersTheStateIds() throws Exception {
    try (MockServer mock = MockServer.builder().providerStates(true).build().start()) {
      HttpResponse<String> response = post(mock.providerStatesUri().orElseThrow(),
          "{\"state\":\"an activation exists\",\"params\":{},\"action\":\"setup\"}");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.body()).contains("\"activationId\":\"act_987654321\"").contains("\"spaceId\":\"spa_9aQ1Lj62S4bomZKLF4DPqW\"");
    }
  }

  @Test
  void setup_honoursAnIdGivenAsParameter_andRefusesOneThatDoesNotExist() throws Exception {
    try (MockServer mock = MockServer.builder().providerStates(true).build().start()) {
      URI states = mock.providerStatesUri().orElseThrow();
      assertThat(post(states, "{\"state\":\"an activation exists\",\"params\":{\"activationId\":\"act_876543219\"}}").body())
          .contains("\"connectionId\":\"ii_345678912\"");
      assertThat(post(states, "{\"state\":\"an activation exists\",\"params\":{\"activationId\":\"act_nope\"}}").statusCode())
          .isEqualTo(400);
    }
  }

  @Test
  void usedUpRateLimit_makesTheNextRequest429() throws Exception {
    try (MockServer mock = MockServer.builder().providerStates(true).build().start()) {
      post(mock.providerStatesUri().orElseThrow(),
          "{\"state\":\"" + ProviderStateNames.RATE_LIMIT_USED_UP + "\",\"params\":{\"operationId\":\"listActivationsFromAudience\"}}");
      HttpResponse<String> limited = http.send(HttpRequest.newBuilder(mock.baseUri().resolve(
              "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations"))
          .header("Authorization", "Bearer mock-token-workspace-a").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }
  }

  @Test
  void unknownState_is400WithTheKnownNames_andTeardownIsAccepted() throws Exception {
    try (MockServer mock = MockServer.builder().providerStates(true).build().start()) {
      URI states = mock.providerStatesUri().orElseThrow();
      HttpResponse<String> unknown = post(states, "{\"state\":\"the moon is full\"}");
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(unknown.body()).contains("unknown provider state").contains(ProviderStateNames.ACTIVATION_EXISTS);
      assertThat(post(states, "{\"state\":\"an activation exists\",\"action\":\"teardown\"}").statusCode()).isEqualTo(200);
      assertThat(post(states, "not json").statusCode()).isEqualTo(400);
    }
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
  }
}
