package io.activations.contract.mock.internal;

/**
 * The outcome of counting one request against its bucket. {@code points} counts every attempt in
 * the window, rejected ones included (as rate-limiter-flexible's consumedPoints does); the
 * headers cap it at the limit so that Consumed + Remaining always equals the limit.
 */
record RateLimitDecision(int limit, long points, long msBeforeNext, String resetHeader) {

  boolean allowed() {
    return points <= limit;
  }

  long consumedHeader() {
    return Math.min(points, limit);
  }

  long remainingHeader() {
    return limit - consumedHeader();
  }

  long remainingPoints() {
    return Math.max(0, limit - points);
  }

  /** Whole seconds until the window ends, rounded up so a client that waits that long succeeds. */
  long retryAfterSeconds() {
    return (msBeforeNext + 999) / 1000;
  }
}
