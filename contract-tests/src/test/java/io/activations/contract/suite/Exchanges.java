package io.activations.contract.suite;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.spec.Spec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Hand-built exchanges for the checks' tests: a valid answer of getActivationFromAudience, and ways to break it. */
final class Exchanges {

  static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
  static final String ACTIVATION = """
      {"data":{"activation":{"id":"act_1","enabled":true,"workspaceId":"wrk_1","spaceId":"spa_1","audienceId":"aud_1",
      "connectionId":"ii_1","activationType":"Audience Entered","activationName":"A","personalization":{"profile":{"properties":["email"]}}}}}
      """;

  private Exchanges() {}

  static String httpDate(Instant instant) {
    return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(instant);
  }

  /** A correct 200 of getActivationFromAudience (limit 60): 1 consumed, 59 remaining, reset in 60 s. */
  static ApiResponse okResponse() {
    return ApiResponse.ok().withBody("application/vnd.segment.v1alpha+json", ACTIVATION)
        .withHeader("X-RateLimit-Consumed", "1").withHeader("X-RateLimit-Remaining", "59")
        .withHeader("X-RateLimit-Reset", httpDate(NOW.plusSeconds(60)));
  }

  static Exchange exchange(String operationId, ApiResponse response) {
    return new Exchange(Spec.bundled().operation(operationId), ApiRequest.get("/spaces/spa_1/audiences/aud_1/activations/act_1"),
        response, NOW, Duration.ofMillis(1));
  }
}
