package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.ManualClock;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final SpecOperation GET = Spec.bundled().operation("getActivationFromAudience");
  private static final SpecOperation DEFAULT_LIMITED = Spec.bundled().operation("removeDestinationFromAudience");

  private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));

  @Test
  void decisionsCountWithinTheWindow() {
    RateLimiter limiter = new RateLimiter(clock, RateLimitPolicy.standard());

    RateLimitDecision first = limiter.consume("t", GET);
    clock.advance(Duration.ofSeconds(10));
    RateLimitDecision second = limiter.consume("t", GET);

    assertThat(first.limit()).isEqualTo(60);
    assertThat(first.consumedHeader()).isEqualTo(1);
    assertThat(second.consumedHeader()).isEqualTo(2);
    assertThat(second.msBeforeNext()).isEqualTo(50_000);
    assertThat(second.resetHeader()).isEqualTo(first.resetHeader()).isEqualTo("Wed, 01 Jan 2025 00:01:00 GMT");
  }

  @Test
  void defaultOperations_useThePolicysDefault() {
    RateLimiter limiter = new RateLimiter(clock, new RateLimitPolicy(7, 1.0, false));

    assertThat(limiter.consume("t", DEFAULT_LIMITED).limit()).isEqualTo(7);
  }

  @Test
  void scale_neverDropsBelowOne() {
    RateLimiter limiter = new RateLimiter(clock, new RateLimitPolicy(1000, 0.0001, false));

    assertThat(limiter.consume("t", GET).limit()).isEqualTo(1);
  }

  @Test
  void retryAfter_roundsUp() {
    assertThat(new RateLimitDecision(1, 2, 1001, "x").retryAfterSeconds()).isEqualTo(2);
    assertThat(new RateLimitDecision(1, 2, 1000, "x").retryAfterSeconds()).isEqualTo(1);
    assertThat(new RateLimitDecision(1, 2, 0, "x").retryAfterSeconds()).isZero();
  }

  @Test
  void reset_forgetsEveryWindow() {
    RateLimiter limiter = new RateLimiter(clock, RateLimitPolicy.standard());
    limiter.consume("t", GET);

    limiter.reset();

    assertThat(limiter.consume("t", GET).consumedHeader()).isEqualTo(1);
  }

  @Test
  void manyDistinctCredentials_expiredBucketsAreSwept() {
    RateLimiter limiter = new RateLimiter(clock, RateLimitPolicy.standard());
    for (int i = 0; i < 10_001; i++) {
      limiter.consume("garbage-" + i, GET);
    }
    clock.advance(Duration.ofMinutes(2));

    limiter.consume("one-more", GET);

    assertThat(limiter.bucketCount()).isEqualTo(1);
  }
}
