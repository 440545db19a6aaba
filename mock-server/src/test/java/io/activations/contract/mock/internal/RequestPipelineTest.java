package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.mock.ManualClock;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.spec.Spec;
import io.activations.contract.validation.ContractValidator;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline's last line of defence: a bug in an operation is a logged 500, a missing one a 501. */
class RequestPipelineTest {

  private static final String ACTIVATION =
      "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321";
  private static final Spec SPEC = Spec.bundled();

  @Test
  void failingOperation_answers500WithTheEnvelopeAndRateLimitHeaders() throws IOException {
    RequestPipeline pipeline = pipeline(Map.of("getActivationFromAudience", call -> {
      throw new IllegalStateException("a bug");
    }));

    MockResponse response = answer(pipeline, new FakeRequest("GET", ACTIVATION, "Bearer mock-token-workspace-a"));

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).isEqualTo("application/json");
    JsonNode error = new ObjectMapper().readTree(response.body()).path("errors").path(0);
    assertThat(error.path("type").asText()).isEqualTo("internal-error");
    assertThat(error.path("message").asText()).contains("mock-1");
    assertThat(response.headers()).containsKeys("X-RateLimit-Consumed", "X-RateLimit-Remaining", "X-RateLimit-Reset");
  }

  @Test
  void operationWithoutHandler_answers501() {
    MockResponse response = answer(pipeline(Map.of()), new FakeRequest("GET", ACTIVATION, "Bearer mock-token-workspace-a"));

    assertThat(response.status()).isEqualTo(501);
  }

  @Test
  void handlerRefusingAValue_answers422NotA500() {
    RequestPipeline pipeline = pipeline(Map.of("getActivationFromAudience", call -> {
      throw new IllegalArgumentException("activation name is required");
    }));

    MockResponse response = answer(pipeline, new FakeRequest("GET", ACTIVATION, "Bearer mock-token-workspace-a"));

    assertThat(response.status()).isEqualTo(422);
  }

  @Test
  void bodyOperationWithTooLargeDeclaredLength_answers413BeforeReading() {
    RequestPipeline pipeline = pipeline(Map.of());
    FakeRequest request = new FakeRequest("PATCH", ACTIVATION, "Bearer mock-token-workspace-a", 5_000_000);

    assertThat(answer(pipeline, request).status()).isEqualTo(413);
  }

  @Test
  void bodyOperation_waitsForItsBody() {
    RequestPipeline pipeline = pipeline(Map.of());
    FakeRequest request = new FakeRequest("PATCH", ACTIVATION, "Bearer mock-token-workspace-a", 10);

    assertThat(pipeline.start(request)).isInstanceOf(RequestPipeline.AwaitingBody.class);
  }

  private static MockResponse answer(RequestPipeline pipeline, FakeRequest request) {
    RequestPipeline.Start start = pipeline.start(request);
    assertThat(start).isInstanceOf(RequestPipeline.Answered.class);
    return ((RequestPipeline.Answered) start).response();
  }

  private static RequestPipeline pipeline(Map<String, OperationHandler> handlers) {
    World world = World.from(Fixtures.defaults(), 1, new SequenceNumbers());
    RateLimiter limiter = new RateLimiter(new ManualClock(Instant.EPOCH), RateLimitPolicy.standard());
    return new RequestPipeline(SPEC, new ContractValidator(SPEC), limiter, () -> world, handlers);
  }

  private record FakeRequest(String method, String rawPath, String authorization, long declaredLength)
      implements IncomingRequest {

    FakeRequest(String method, String rawPath, String authorization) {
      this(method, rawPath, authorization, -1);
    }

    @Override
    public String rawQuery() {
      return null;
    }

    @Override
    public String header(String name) {
      return name.equalsIgnoreCase("Authorization") ? authorization : null;
    }
  }
}
