package io.activations.contract.suite;

import java.util.Objects;

/**
 * A bearer token that never shows itself: {@link #toString()} masks it, so it cannot leak into a
 * log line, an assertion message or a report by accident. Only the transport calls {@link #reveal()}.
 */
public final class Secret {

  /** What stands in for the token wherever a request is printed. */
  public static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a token must not be blank");
    }
    return new Secret(value.strip());
  }

  /** The token itself, for the Authorization header and nothing else. */
  public String reveal() {
    return value;
  }

  /** Replaces every occurrence of the token in {@code text} by the mask. */
  public String maskIn(String text) {
    return text == null ? null : text.replace(value, MASK);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return MASK;
  }
}
