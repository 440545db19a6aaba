package io.activations.contract.suite.internal.check;

import io.activations.contract.http.ApiResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The rate-limit headers of one response, read leniently: a header that is absent or malformed is
 * empty here (the checks report it). The pacer uses the same reading to know when to wait.
 *
 * @param consumed {@code X-RateLimit-Consumed}
 * @param remaining {@code X-RateLimit-Remaining}
 * @param reset {@code X-RateLimit-Reset} as an instant
 * @param retryAfter {@code Retry-After} in seconds
 */
public record RateLimitHeaders(OptionalLong consumed, OptionalLong remaining, Optional<Instant> reset, OptionalLong retryAfter) {

  public static final String CONSUMED = "X-RateLimit-Consumed";
  public static final String REMAINING = "X-RateLimit-Remaining";
  public static final String RESET = "X-RateLimit-Reset";
  public static final String RETRY_AFTER = "Retry-After";

  /**
   * An RFC 5322 date-time, as the vendor documents the reset: optional weekday, one- or two-digit
   * day, optional seconds, and a zone that is GMT, UT or a numeric offset (IMF-fixdate is one case).
   */
  private static final Pattern RFC_5322_DATE = Pattern.compile(
      "^((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?[0-9]{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} "
          + "[0-9]{2}:[0-9]{2}(:[0-9]{2})? (GMT|UT|[+-][0-9]{4})$");

  public static RateLimitHeaders of(ApiResponse response) {
    return new RateLimitHeaders(
        count(response.header(CONSUMED)),
        count(response.header(REMAINING)),
        response.header(RESET).flatMap(RateLimitHeaders::httpDate),
        count(response.header(RETRY_AFTER)));
  }

  /** {@code X-RateLimit-Consumed + X-RateLimit-Remaining}, when both are present. */
  public OptionalLong budget() {
    return consumed.isPresent() && remaining.isPresent()
        ? OptionalLong.of(consumed.getAsLong() + remaining.getAsLong())
        : OptionalLong.empty();
  }

  /** A non-negative decimal integer, nothing else (no sign, no fraction, no spaces inside). */
  public static OptionalLong count(Optional<String> value) {
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    String text = value.get().strip();
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(text));
  }

  /** An RFC 5322 date as an instant; empty for any other form. */
  public static Optional<Instant> httpDate(String value) {
    if (value == null || !RFC_5322_DATE.matcher(value.strip()).matches()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.endsWith(" UT")) {
      text = text.substring(0, text.length() - 2) + "GMT";  // the same zone; java.time knows only the longer name
    }
    if (!text.matches("^.* [0-9]{2}:[0-9]{2}:[0-9]{2} .*$")) {
      text = text.replaceFirst(" ([0-9]{2}:[0-9]{2}) ", " $1:00 ");  // seconds are optional in RFC 5322
    }
    try {
      return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();  // e.g. a weekday that does not match the date
    }
  }
}
