package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The opt-in test endpoint that lets a client outside the JVM move the mock's clock. */
class ClockEndpointTest {

  private static final String GET_ACTIVATION = activation(SPACE_A, USERS_AUDIENCE, ACTIVATION);
  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void advance_movesTheClock_soAnExhaustedBudgetRefillsWithoutWaiting() {
    try (MockServer mock = MockServer.builder().clock(new ManualClock(START)).rateLimitScale(0.1).clockEndpoint(true).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());
      Answer limited = null;
      for (int i = 0; i < 7; i++) {
        limited = http.get(GET_ACTIVATION);
      }
      assertThat(limited.status()).isEqualTo(429);

      Answer moved = http.anonymous().post("/__mock/clock/advance?millis=" + Duration.ofMinutes(1).toMillis(), "");

      assertThat(moved.status()).isEqualTo(200);
      assertThat(moved.json().path("now").asText()).isEqualTo(START.plus(Duration.ofMinutes(1)).toString());
      assertThat(http.anonymous().get("/__mock/clock").json().path("now").asText()).isEqualTo("2030-01-01T00:01:00Z");
      assertThat(http.get(GET_ACTIVATION).status()).isEqualTo(200);
    }
  }

  @Test
  void advance_withoutAWholeNumberOfMillis_is400InTheEnvelope() {
    try (MockServer mock = MockServer.builder().clock(new ManualClock(START)).clockEndpoint(true).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri()).anonymous();

      for (String bad : new String[] {"", "?millis=-5", "?millis=soon"}) {
        Answer answer = http.post("/__mock/clock/advance" + bad, "");
        assertThat(answer.status()).as(bad).isEqualTo(400);
        assertThat(answer.firstError().path("type").asText()).isEqualTo("bad-request");
      }
      assertThat(http.get("/__mock/clock").json().path("now").asText()).isEqualTo(START.toString());
      assertThat(http.get("/__mock/other").status()).isEqualTo(404);
    }
  }

  @Test
  void withoutTheOption_theEndpointDoesNotExist_andTheClockCannotBeMoved() {
    try (MockServer mock = MockServer.builder().clock(new ManualClock(START)).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());

      Answer answer = http.post("/__mock/clock/advance?millis=60000", "");

      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.firstError().path("type").asText()).isNotBlank();
      assertThat(mock.clock().instant()).isEqualTo(START);
    }
  }
}
