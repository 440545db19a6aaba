package io.activations.contract.spec;

import java.util.OptionalInt;

/**
 * An operation's {@code x-rate-limit-per-minute}: a number of requests per token per minute, or
 * empty for the account's default limit, whose value is not published.
 */
public record RateLimit(OptionalInt perMinute) {

  public static final String EXTENSION = "x-rate-limit-per-minute";
  public static final String DEFAULT_VALUE = "default";

  public RateLimit {
    if (perMinute == null) {
      perMinute = OptionalInt.empty();
    }
    if (perMinute.isPresent() && perMinute.getAsInt() <= 0) {
      throw new IllegalArgumentException("perMinute must be positive, was " + perMinute.getAsInt());
    }
  }

  public static RateLimit perMinute(int limit) {
    return new RateLimit(OptionalInt.of(limit));
  }

  public static RateLimit defaultLimit() {
    return new RateLimit(OptionalInt.empty());
  }

  public boolean isDefault() {
    return perMinute.isEmpty();
  }

  /**
   * Reads the extension's value as written: a positive integer or {@code "default"}. Anything else
   * (missing, zero, a typo) counts as the default limit here; the linter reports it.
   */
  static RateLimit fromExtension(Object value) {
    if (value instanceof Number number && number.doubleValue() == number.intValue() && number.intValue() > 0) {
      return perMinute(number.intValue());
    }
    return defaultLimit();
  }

  @Override
  public String toString() {
    return isDefault() ? DEFAULT_VALUE : perMinute.getAsInt() + "/min";
  }
}
