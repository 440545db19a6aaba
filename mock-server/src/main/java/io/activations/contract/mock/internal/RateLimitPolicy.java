package io.activations.contract.mock.internal;

import io.activations.contract.spec.RateLimit;

/**
 * How many requests per minute a token may make to an operation: the spec's
 * {@code x-rate-limit-per-minute}, or {@code defaultPerMinute} where it says {@code default};
 * multiplied by {@code scale}; or no limit at all when {@code lifted} (load tests).
 */
public record RateLimitPolicy(int defaultPerMinute, double scale, boolean lifted) {

  public static final int DEFAULT_PER_MINUTE = 1000;

  public RateLimitPolicy {
    if (defaultPerMinute < 1) {
      throw new IllegalArgumentException("the default rate limit must be at least 1 per minute, not " + defaultPerMinute);
    }
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("the rate-limit scale must be a positive number, not " + scale);
    }
  }

  public static RateLimitPolicy standard() {
    return new RateLimitPolicy(DEFAULT_PER_MINUTE, 1.0, false);
  }

  /** The budget per window; {@link Integer#MAX_VALUE} when lifted, so the headers stay coherent. */
  int limitFor(RateLimit rateLimit) {
    if (lifted) {
      return Integer.MAX_VALUE;
    }
    int base = rateLimit.isDefault() ? defaultPerMinute : rateLimit.perMinute().getAsInt();
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(base * scale)));
  }

  /** True when the limits differ from the API's, so starting the mock should say so. */
  public boolean isAdjusted() {
    return lifted || scale != 1.0;
  }

  /** One line for the start-up banner. */
  public String describe() {
    if (lifted) {
      return "rate limits lifted (load-test mode): no request gets 429";
    }
    return "rate limits scaled by " + scale + " (default limit " + defaultPerMinute + "/min before scaling)";
  }
}
