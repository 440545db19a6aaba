package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The load-test switches: scaled limits and lifted limits. */
class AdjustedRateLimitTest {

  private static final String GET_ACTIVATION = activation(SPACE_A, USERS_AUDIENCE, ACTIVATION);

  @Test
  void scaledLimits_multiplyTheSpecsLimit() {
    try (MockServer mock = MockServer.builder().rateLimitScale(0.1).clock(new ManualClock(Instant.EPOCH)).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());
      for (int i = 0; i < 6; i++) {
        assertThat(http.get(GET_ACTIVATION).status()).isEqualTo(200);
      }

      assertThat(http.get(GET_ACTIVATION).status()).isEqualTo(429);
      assertThat(mock.rateLimitAdjustment()).hasValueSatisfying(text -> assertThat(text).contains("scaled by 0.1"));
    }
  }

  @Test
  void liftedLimits_neverAnswer429ButKeepCoherentHeaders() {
    try (MockServer mock = MockServer.builder().rateLimitsLifted(true).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());
      Answer last = null;
      for (int i = 0; i < 150; i++) {
        last = http.get(GET_ACTIVATION);
        assertThat(last.status()).isEqualTo(200);
      }

      assertThat(last.longHeader("X-RateLimit-Consumed")).isEqualTo(150);
      assertThat(last.longHeader("X-RateLimit-Consumed") + last.longHeader("X-RateLimit-Remaining"))
          .isEqualTo(Integer.MAX_VALUE);
      assertThat(mock.rateLimitAdjustment()).hasValueSatisfying(text -> assertThat(text).contains("lifted"));
    }
  }

  @Test
  void standardLimits_reportNoAdjustment() {
    assertThat(MockServer.builder().build().rateLimitAdjustment()).isEmpty();
  }

  @Test
  void nonPositiveScale_isRefusedAtBuild() {
    assertThatThrownBy(() -> MockServer.builder().rateLimitScale(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
  }

  @Test
  void nonPositiveDefaultLimit_isRefusedAtBuild() {
    assertThatThrownBy(() -> MockServer.builder().defaultRateLimitPerMinute(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default rate limit");
  }
}
