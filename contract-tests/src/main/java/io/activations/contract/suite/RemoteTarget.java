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

  /**
   * A server reached over HTTPS, or over plain HTTP on this machine only.
   *
   * @throws IllegalArgumentException when the token would travel in clear text to another host
   */
  public static RemoteTarget of(URI baseUri, Secret token, TargetFixtures fixtures) {
    return of(baseUri, token, fixtures, false);
  }

  /**
   * Like {@link #of(URI, Secret, TargetFixtures)}; {@code allowInsecureHttp} lets the token travel
   * over plain HTTP to a host that is not loopback (a test network, at the caller's risk).
   */
  public static RemoteTarget of(URI baseUri, Secret token, TargetFixtures fixtures, boolean allowInsecureHttp) {
    checkTokenTransport(baseUri, allowInsecureHttp);
    return new RemoteTarget(baseUri, token, fixtures, Clock.systemUTC());
  }

  /**
   * Refuses a base URI over which the token would travel in clear text to another host, unless allowed.
   *
   * @throws IllegalArgumentException in one line naming the host and the way out
   */
  public static void checkTokenTransport(URI baseUri, boolean allowInsecureHttp) {
    if (!allowInsecureHttp && sendsTokenInClearText(baseUri)) {
      throw new IllegalArgumentException("refusing to send the token over plain HTTP to " + baseUri.getHost()
          + ", which is not this machine; use https, or --allow-insecure-http if you accept that risk");
    }
  }

  /** Plain {@code http} to a host other than loopback ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}). */
  public static boolean sendsTokenInClearText(URI baseUri) {
    return "http".equalsIgnoreCase(baseUri.getScheme()) && !isLoopback(baseUri.getHost());
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (bare.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
      return false;  // a name: never resolved here, so a DNS answer cannot make it count as loopback
    }
    try {
      return java.net.InetAddress.getByName(bare).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
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
