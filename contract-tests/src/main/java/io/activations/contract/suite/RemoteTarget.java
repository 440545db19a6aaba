package io.activations.contract.suite;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A deployed server: real time, real waits. Waits are bounded by the rate-limit headers it sends. */
public final class RemoteTarget implements Target {

  private final URI baseUri;
  private final Secret token;
  private final TargetFixtures fixtures;
  private final Clock clock;

  private RemoteTarget(URI baseUri, Secret token, TargetFixtures fixtures, Clock clock) {
    this.baseUri = normalize(Objects.requireNonNull(baseUri, "baseUri"));
    this.token = Objects.requireNonNull(token, "token");
    this.fixtures = Objects.requireNonNull(fixtures, "fixtures");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public static RemoteTarget of(URI baseUri, Secret token, TargetFixtures fixtures) {
    return new RemoteTarget(baseUri, token, fixtures, Clock.systemUTC());
  }

  /**
   * Reads the token from the environment variable {@code tokenVariable}.
   *
   * @throws IllegalArgumentException when the variable is unset or blank (the message names it, never a value)
   */
  public static RemoteTarget fromEnvironment(URI baseUri, String tokenVariable, TargetFixtures fixtures) {
    String value = System.getenv(tokenVariable);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("environment variable " + tokenVariable + " is not set; it must hold the API token");
    }
    return of(baseUri, Secret.of(value), fixtures);
  }

  @Override
  public URI baseUri() {
    return baseUri;
  }

  @Override
  public Secret token() {
    return token;
  }

  @Override
  public TargetFixtures fixtures() {
    return fixtures;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  @Override
  public void await(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the rate-limit window", e);
    }
  }

  @Override
  public Duration clockTolerance() {
    // two machines' clocks: allow for ordinary NTP drift and the second-precision of HTTP dates
    return Duration.ofSeconds(5);
  }

  @Override
  public String toString() {
    return "RemoteTarget[" + baseUri + "]";
  }

  /** Drops a trailing slash so operation paths can be appended as they are. */
  static URI normalize(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }
}
