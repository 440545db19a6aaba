package io.activations.contract.suite;

import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.RateLimitHeaders;
import io.activations.contract.suite.internal.check.Tally;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate-limit contract across responses: within one window (same reset date) the remaining
 * budget of a token and operation only falls, and an operation under the unpublished default limit
 * always reports the same budget. Thread safe.
 */
final class RateLimitLedger {

  private record Key(String credential, String operationId) {}

  private record Seen(Instant reset, long remaining) {}

  private final Map<Key, Seen> lastSeen = new HashMap<>();
  private final Map<String, Long> defaultBudgets = new HashMap<>();

  /**
   * Judges {@code exchange} against what earlier responses said and remembers it.
   *
   * @param credential which credential the request carried (requests with different tokens have
   *     different budgets); never the token itself
   */
  public synchronized void check(Exchange exchange, String credential, Tally tally) {
    RateLimitHeaders headers = RateLimitHeaders.of(exchange.response());
    String operationId = exchange.operation().operationId();
    if (headers.reset().isPresent() && headers.remaining().isPresent()) {
      Key key = new Key(credential, operationId);
      Seen previous = lastSeen.get(key);
      long remaining = headers.remaining().getAsLong();
      if (previous != null && previous.reset().equals(headers.reset().get()) && previous.remaining() > 0) {
        tally.expect(remaining < previous.remaining(), FindingKey.RATELIMIT_REMAINING_NOT_DECREASING, RateLimitHeaders.REMAINING,
            "X-RateLimit-Remaining went from " + previous.remaining() + " to " + remaining + " within one window of " + operationId);
      }
      lastSeen.put(key, new Seen(headers.reset().get(), remaining));
    }
    if (exchange.operation().rateLimit().isDefault() && headers.budget().isPresent()) {
      long budget = headers.budget().getAsLong();
      Long first = defaultBudgets.putIfAbsent(operationId, budget);
      if (first != null) {
        tally.expect(first == budget, FindingKey.RATELIMIT_BUDGET_INCONSISTENT, RateLimitHeaders.REMAINING,
            operationId + " falls under the default limit, yet Consumed + Remaining changed from " + first + " to " + budget);
      }
    }
  }
}
