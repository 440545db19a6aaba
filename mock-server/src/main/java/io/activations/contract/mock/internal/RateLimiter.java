package io.activations.contract.mock.internal;

import io.activations.contract.spec.SpecOperation;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed one-minute windows per credential and operation. A window starts with the bucket's first
 * request (as in rate-limiter-flexible, whose field names the API's 429 body uses), not on the
 * minute. Time comes from the injected clock, so tests advance it instead of sleeping.
 *
 * <p>Lock-free apart from one short monitor per bucket; nothing is held across I/O.
 */
final class RateLimiter {

  static final long WINDOW_MILLIS = 60_000;

  /** Beyond this many buckets, expired ones are swept so random bad tokens cannot grow memory forever. */
  private static final int SWEEP_THRESHOLD = 10_000;

  /** Credentials longer than this share a bucket key prefix; a token is far shorter. */
  private static final int MAX_CREDENTIAL_LENGTH = 256;

  private final Clock clock;
  private final RateLimitPolicy policy;
  private final ConcurrentHashMap<BucketKey, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong nextSweep = new AtomicLong(Long.MIN_VALUE);

  RateLimiter(Clock clock, RateLimitPolicy policy) {
    this.clock = clock;
    this.policy = policy;
  }

  RateLimitDecision consume(String credential, SpecOperation operation) {
    int limit = policy.limitFor(operation.rateLimit());
    String key = credential.length() > MAX_CREDENTIAL_LENGTH ? credential.substring(0, MAX_CREDENTIAL_LENGTH) : credential;
    Bucket bucket = buckets.computeIfAbsent(new BucketKey(key, operation.operationId()), ignored -> new Bucket());
    long now = clock.millis();
    RateLimitDecision decision = bucket.consume(now, limit);
    if (buckets.size() > SWEEP_THRESHOLD) {
      sweepAtMostOncePerSecond(now);
    }
    return decision;
  }

  /** Uses up the bucket's budget in the current window, as if the token had made every allowed request. */
  void useUp(String credential, SpecOperation operation) {
    int limit = policy.limitFor(operation.rateLimit());
    buckets.computeIfAbsent(new BucketKey(credential, operation.operationId()), ignored -> new Bucket())
        .useUp(clock.millis(), limit);
  }

  /** How many buckets are remembered (for tests of the sweep). */
  int bucketCount() {
    return buckets.size();
  }

  /** Forgets every window: back to a full budget everywhere. */
  void reset() {
    buckets.clear();
  }

  private void sweepAtMostOncePerSecond(long now) {
    long due = nextSweep.get();
    if (now >= due && nextSweep.compareAndSet(due, now + 1000)) {
      buckets.values().removeIf(bucket -> bucket.expiredAt(now));
    }
  }

  private record BucketKey(String credential, String operationId) {}

  private static final class Bucket {
    private long windowEnd = Long.MIN_VALUE;
    private long points;
    private String resetHeader;

    synchronized RateLimitDecision consume(long now, int limit) {
      if (now >= windowEnd) {
        windowEnd = now + WINDOW_MILLIS;
        points = 0;
        resetHeader = HttpDates.format(Instant.ofEpochMilli(windowEnd));
      }
      points++;
      return new RateLimitDecision(limit, points, windowEnd - now, resetHeader);
    }

    synchronized void useUp(long now, int limit) {
      consume(now, limit);
      points = Math.max(points, limit);
    }

    synchronized boolean expiredAt(long now) {
      return now >= windowEnd;
    }
  }
}
