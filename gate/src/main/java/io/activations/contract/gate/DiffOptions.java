package io.activations.contract.gate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a diff is judged.
 *
 * @param today the date sunsets and ignore-file expiries are compared with (tests pin it)
 * @param relaxAlpha when true, ERR findings on operations the base serves only in the
 *     {@code v1alpha} media type become WARN (each says so); off unless asked for
 * @param ignore accepted findings, with reasons
 */
public record DiffOptions(LocalDate today, boolean relaxAlpha, IgnoreFile ignore) {

  public DiffOptions {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(ignore, "ignore");
  }

  /** Today (UTC), strict about {@code v1alpha}, nothing ignored. */
  public static DiffOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().today(today).relaxAlpha(relaxAlpha).ignore(ignore);
  }

  /** Builds {@link DiffOptions}; every field has a default. */
  public static final class Builder {
    private LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private boolean relaxAlpha;
    private IgnoreFile ignore = IgnoreFile.none();

    private Builder() {}

    public Builder today(LocalDate today) {
      this.today = today;
      return this;
    }

    public Builder relaxAlpha(boolean relaxAlpha) {
      this.relaxAlpha = relaxAlpha;
      return this;
    }

    public Builder ignore(IgnoreFile ignore) {
      this.ignore = ignore;
      return this;
    }

    public DiffOptions build() {
      return new DiffOptions(today, relaxAlpha, ignore);
    }
  }
}
