package io.activations.contract.suite;

import io.activations.contract.http.ApiResponse;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.RateLimitHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Paces requests by what the server says, never by a fixed rate: when the last answer for a
 * credential and operation left no budget, it lets the target's time pass until the reset date
 * before the next request; after an unplanned 429 it waits for {@code Retry-After}. On the embedded
 * mock waiting moves a manual clock; on a real server it sleeps.
 */
final class Pacer {

  /** Reset dates have second precision: wait one second more than they say. */
  private static final Duration MARGIN = Duration.ofSeconds(1);
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(61);

  private final Target target;
  private final Map<String, RateLimitHeaders> lastSeen = new HashMap<>();
  private Duration waited = Duration.ZERO;

  Pacer(Target target) {
    this.target = target;
  }

  /** Waits, if the budget of this credential and operation is known to be used up. */
  void beforeSend(Credential credential, SpecOperation operation) {
    pause(readyIn(credential, operation));
  }

  /** How long until this credential and operation have budget again, as far as the last answer said; zero when they have. */
  synchronized Duration readyIn(Credential credential, SpecOperation operation) {
    RateLimitHeaders last = lastSeen.get(key(credential, operation));
    if (last == null || last.remaining().isEmpty() || last.remaining().getAsLong() > 0 || last.reset().isEmpty()) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(target.now(), last.reset().get()).plus(MARGIN);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  synchronized void afterReceive(Credential credential, SpecOperation operation, ApiResponse response) {
    lastSeen.put(key(credential, operation), RateLimitHeaders.of(response));
  }

  /** After a 429 the suite did not ask for: how long until the same request may succeed. */
  void afterTooManyRequests(ApiResponse response) {
    RateLimitHeaders headers = RateLimitHeaders.of(response);
    Duration wait;
    if (headers.retryAfter().isPresent()) {
      wait = Duration.ofSeconds(headers.retryAfter().getAsLong());
    } else {
      Optional<Instant> reset = headers.reset();
      wait = reset.map(r -> Duration.between(target.now(), r).plus(MARGIN)).orElse(LONGEST_WAIT);
    }
    pause(wait.isZero() ? MARGIN : wait);
  }

  /**
   * Lets {@code duration} pass on the target (never more than one window). Holds no lock while it
   * waits: cases that run side by side wait side by side.
   */
  void pause(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    Duration bounded = duration.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : duration;
    target.await(bounded);
    synchronized (this) {
      waited = waited.plus(bounded);
    }
  }

  /** The target time spent waiting for rate-limit windows so far. */
  synchronized Duration waited() {
    return waited;
  }

  private static String key(Credential credential, SpecOperation operation) {
    return credential.name() + " " + operation.operationId();
  }
}
