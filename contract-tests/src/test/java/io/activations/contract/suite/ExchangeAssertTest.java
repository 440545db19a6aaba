package io.activations.contract.suite;

import static io.activations.contract.suite.ContractAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.spec.Spec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExchangeAssertTest {

  private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
  private static final String NOT_FOUND = "{\"errors\":[{\"type\":\"not-found\",\"message\":\"Activation act_1 not found\"}]}";

  @Test
  void conformsToSpec_aCorrect404_passesAndHasStatusChains() {
    assertThat(exchange(response(404, NOT_FOUND, "1", "59"))).conformsToSpec().hasStatus(404).hasHeader("X-RateLimit-Reset");
  }

  @Test
  void conformsToSpec_aBroken404_listsEveryFindingAndTheExchange() {
    Exchange broken = exchange(response(404, "{\"message\":\"nope\"}", "1", "3"));

    assertThatThrownBy(() -> assertThat(broken).conformsToSpec())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("envelope.missing")
        .hasMessageContaining("response.body.required")
        .hasMessageContaining("> GET /spaces/spa_1/audiences/aud_1/activations/act_1")
        .hasMessageContaining("Authorization: Bearer ****")
        .hasMessageContaining("< 404");
  }

  @Test
  void hasStatus_anotherStatus_failsWithTheTranscript() {
    assertThatThrownBy(() -> assertThat(exchange(response(404, NOT_FOUND, "1", "59"))).hasStatus(200))
        .hasMessageContaining("to answer 200 but it answered 404").hasMessageContaining("Activation act_1 not found");
  }

  @Test
  void softAssertions_collectEveryFailureOfEveryExchange() {
    ContractSoftAssertions softly = new ContractSoftAssertions();
    softly.assertThat(exchange(response(404, "{}", "1", "59"))).conformsToSpec().hasStatus(200);
    softly.assertThat(exchange(response(404, NOT_FOUND, "1", "59"))).hasFinding("ratelimit.header.missing");

    assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (3 failures)")
        .hasMessageContaining("envelope.missing").hasMessageContaining("to answer 200").hasMessageContaining("to report ratelimit.header.missing");
  }

  private static Exchange exchange(ApiResponse response) {
    ApiRequest request = ApiRequest.get("/spaces/spa_1/audiences/aud_1/activations/act_1").withHeader("Authorization", "Bearer ****");
    return new Exchange(Spec.bundled().operation("getActivationFromAudience"), request, response, NOW, Duration.ofMillis(2));
  }

  private static ApiResponse response(int status, String body, String consumed, String remaining) {
    String reset = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(NOW.plusSeconds(30));
    return ApiResponse.status(status).withBody("application/json", body).withHeader("X-RateLimit-Consumed", consumed)
        .withHeader("X-RateLimit-Remaining", remaining).withHeader("X-RateLimit-Reset", reset);
  }
}
