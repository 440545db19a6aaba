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
    BucketKey bucketKey = bucketKey(credential, operation);
    long now = clock.millis();
    RateLimitDecision decision;
    do {
      // a bucket swept or reset between the lookup and the count is retired: count in its successor instead
      decision = buckets.computeIfAbsent(bucketKey, ignored -> new Bucket()).consume(now, limit);
    } while (decision == null);
    if (buckets.size() > SWEEP_THRESHOLD) {
      sweepAtMostOncePerSecond(now);
    }
    return decision;
  }

  /** Uses up the bucket's budget in the current window, as if the token had made every allowed request. */
  void useUp(String credential, SpecOperation operation) {
    int limit = policy.limitFor(operation.rateLimit());
    BucketKey bucketKey = bucketKey(credential, operation);
    while (!buckets.computeIfAbsent(bucketKey, ignored -> new Bucket()).useUp(clock.millis(), limit)) {
      // retired between the lookup and the update (see consume): use up its successor
    }
  }

  private static BucketKey bucketKey(String credential, SpecOperation operation) {
    String key = credential.length() > MAX_CREDENTIAL_LENGTH ? credential.substring(0, MAX_CREDENTIAL_LENGTH) : credential;
    return new BucketKey(key, operation.operationId());
  }

  /** How many buckets are remembered (for tests of the sweep). */
  int bucketCount() {
    return buckets.size();
  }

  /** Forgets every window: back to a full budget everywhere. */
  void reset() {
    buckets.values().removeIf(Bucket::retire);
  }

  private void sweepAtMostOncePerSecond(long now) {
    long due = nextSweep.get();
    if (now >= due && nextSweep.compareAndSet(due, now + 1000)) {
      buckets.values().removeIf(bucket -> bucket.retireIfExpiredAt(now));
    }
  }

  private record BucketKey(String credential, String operationId) {}

  private static final class Bucket {
    private long windowEnd = Long.MIN_VALUE;
    private long points;
    private String resetHeader;
    private boolean retired;

    /** The decision, or null when this bucket was retired and the request must count in a new one. */
    synchronized RateLimitDecision consume(long now, int limit) {
      if (retired) {
        return null;
      }
      if (now >= windowEnd) {
        windowEnd = now + WINDOW_MILLIS;
        points = 0;
        resetHeader = HttpDates.format(Instant.ofEpochMilli(windowEnd));
      }
      points++;
      return new RateLimitDecision(limit, points, windowEnd - now, resetHeader);
    }

    /** False when this bucket was retired and its successor must be used up instead. */
    synchronized boolean useUp(long now, int limit) {
      if (consume(now, limit) == null) {
        return false;
      }
      points = Math.max(points, limit);
      return true;
    }

    synchronized boolean retireIfExpiredAt(long now) {
      retired = retired || now >= windowEnd;
      return retired;
    }

    synchronized boolean retire() {
      retired = true;
      return true;
    }
  }
}
