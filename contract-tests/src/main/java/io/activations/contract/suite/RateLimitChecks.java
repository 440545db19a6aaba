package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.check.RateLimitHeaders;
import io.activations.contract.suite.internal.check.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rate-limit contract of one response, judged on its own: the three headers present on a
 * successful answer and on a 429 (optional on other errors, but well formed when sent), the reset
 * an RFC 5322 date within the current one-minute window, the budget the spec declares on a
 * successful answer, and on a 429 a usable {@code Retry-After} and the documented data.
 */
final class RateLimitChecks {

  /** {@code x-rate-limit-per-minute}: windows are one minute long. */
  static final Duration WINDOW = Duration.ofMinutes(1);

  private RateLimitChecks() {}

  static void check(SpecOperation operation, ApiResponse response, Instant now, Duration tolerance, Tally tally) {
    RateLimitHeaders headers = RateLimitHeaders.of(response);
    boolean successful = response.status() / 100 == 2;
    boolean required = successful || response.status() == 429;
    count(response, RateLimitHeaders.CONSUMED, required, tally);
    count(response, RateLimitHeaders.REMAINING, required, tally);
    reset(response, headers, now, tolerance, required, tally);
    if (successful && operation.rateLimit().perMinute().isPresent() && headers.budget().isPresent()) {
      int limit = operation.rateLimit().perMinute().getAsInt();
      tally.expect(headers.budget().getAsLong() == limit, FindingKey.RATELIMIT_BUDGET_MISMATCH, RateLimitHeaders.REMAINING,
          "Consumed " + headers.consumed().getAsLong() + " + Remaining " + headers.remaining().getAsLong()
              + " should equal the spec's x-rate-limit-per-minute " + limit);
    }
    if (response.status() == 429) {
      tooManyRequests(response, headers, tally);
    }
  }

  private static void count(ApiResponse response, String name, boolean required, Tally tally) {
    Optional<String> value = response.header(name);
    if (value.isEmpty() && !required) {
      return;
    }
    if (tally.expect(value.isPresent(), FindingKey.RATELIMIT_HEADER_MISSING, name, name + " is missing")) {
      tally.expect(RateLimitHeaders.count(value).isPresent(), FindingKey.RATELIMIT_HEADER_MALFORMED, name,
          name + " should be a non-negative integer, was '" + value.get() + "'");
    }
  }

  private static void reset(ApiResponse response, RateLimitHeaders headers, Instant now, Duration tolerance, boolean required,
      Tally tally) {
    Optional<String> value = response.header(RateLimitHeaders.RESET);
    if (value.isEmpty() && !required) {
      return;
    }
    if (!tally.expect(value.isPresent(), FindingKey.RATELIMIT_HEADER_MISSING, RateLimitHeaders.RESET, RateLimitHeaders.RESET + " is missing")) {
      return;
    }
    if (!tally.expect(headers.reset().isPresent(), FindingKey.RATELIMIT_RESET_MALFORMED, RateLimitHeaders.RESET,
        RateLimitHeaders.RESET + " should be an RFC 5322 date such as 'Tue, 31 Dec 2024 23:59:59 GMT', was '" + value.get() + "'")) {
      return;
    }
    Instant reset = headers.reset().get();
    boolean inWindow = !reset.isBefore(now.minus(tolerance)) && !reset.isAfter(now.plus(WINDOW).plus(tolerance));
    tally.expect(inWindow, FindingKey.RATELIMIT_RESET_OUT_OF_WINDOW, RateLimitHeaders.RESET,
        RateLimitHeaders.RESET + " " + value.get() + " should fall within the minute after " + now);
  }

  private static void tooManyRequests(ApiResponse response, RateLimitHeaders headers, Tally tally) {
    Optional<String> retryAfter = response.header(RateLimitHeaders.RETRY_AFTER);
    boolean present = tally.expect(retryAfter.isPresent(), FindingKey.RATELIMIT_RETRY_AFTER_MISSING, RateLimitHeaders.RETRY_AFTER,
        "a 429 without Retry-After (the mock always sends it; the vendor only sometimes, and the reset is the fallback)");
    if (present && tally.expect(headers.retryAfter().isPresent(), FindingKey.RATELIMIT_RETRY_AFTER_MALFORMED, RateLimitHeaders.RETRY_AFTER,
        "Retry-After should be whole seconds, was '" + retryAfter.get() + "'")) {
      tally.expect(headers.retryAfter().getAsLong() <= WINDOW.toSeconds(), FindingKey.RATELIMIT_RETRY_AFTER_OUT_OF_WINDOW,
          RateLimitHeaders.RETRY_AFTER, "Retry-After " + headers.retryAfter().getAsLong() + " s is longer than the one-minute window");
    }
    headers.remaining().ifPresent(remaining -> tally.expect(remaining == 0, FindingKey.RATELIMIT_TOO_MANY_REMAINING,
        RateLimitHeaders.REMAINING, "a 429 should report X-RateLimit-Remaining 0, was " + remaining));
    JsonNode data = Json.parse(response.body()).map(body -> body.path("errors").path(0).path("data")).orElse(null);
    if (data == null || !data.isObject()) {
      return;  // the envelope and the schema checks report a body without data
    }
    JsonNode remainingPoints = data.path("remainingPoints");
    tally.expect(!remainingPoints.isNumber() || remainingPoints.asLong() == 0, FindingKey.RATELIMIT_TOO_MANY_DATA,
        "errors[0].data.remainingPoints", "a 429 should report remainingPoints 0, was " + remainingPoints);
    JsonNode msBeforeNext = data.path("msBeforeNext");
    OptionalLong seconds = headers.retryAfter();
    if (msBeforeNext.isNumber() && seconds.isPresent()) {
      long wholeSeconds = (msBeforeNext.asLong() + 999) / 1000;
      tally.expect(Math.abs(wholeSeconds - seconds.getAsLong()) <= 1, FindingKey.RATELIMIT_TOO_MANY_DATA, "errors[0].data.msBeforeNext",
          "msBeforeNext " + msBeforeNext.asLong() + " ms disagrees with Retry-After " + seconds.getAsLong() + " s");
    }
  }
}
