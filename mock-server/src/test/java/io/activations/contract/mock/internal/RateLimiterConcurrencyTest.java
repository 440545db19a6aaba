package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.ManualClock;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rate limiter driven from many threads at once on one bucket: every request is counted
 * exactly once, so exactly the limit is allowed per window. Without the bucket's monitor, counts
 * are lost and more than the limit gets through.
 */
class RateLimiterConcurrencyTest {

  private static final SpecOperation OPERATION = Spec.bundled().operation("getActivationFromAudience");
  private static final int THREADS = 8;
  private static final int PER_THREAD = 20_000;

  @Test
  void parallelRequestsOnOneBucket_areEachCountedOnce() throws Exception {
    RateLimiter limiter = new RateLimiter(new ManualClock(Instant.parse("2025-01-01T00:00:00Z")),
        new RateLimitPolicy(1000, 1000.0, false));
    ConcurrentLinkedQueue<RateLimitDecision> decisions = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < PER_THREAD; i++) {
            decisions.add(limiter.consume("token", OPERATION));
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    int total = THREADS * PER_THREAD;
    int limit = decisions.peek().limit();
    assertThat(decisions).extracting(RateLimitDecision::points).as("one point per request").doesNotHaveDuplicates()
        .hasSize(total);
    assertThat(decisions.stream().filter(RateLimitDecision::allowed).count()).as("allowed in the window")
        .isEqualTo(Math.min(limit, total));
  }
}
