package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.mock.MockFault;
import io.activations.contract.mock.MockServer;
import io.activations.contract.spec.Spec;
import io.activations.contract.suite.internal.check.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A fresh mock on a free loopback port whose clock stands still: waiting for a rate-limit window
 * moves the mock's clock through its test endpoint instead of sleeping, so a full run, bursts
 * included, takes seconds. The suite meets the mock over HTTP only: the clock through that
 * endpoint, the ids and tokens of the mock's default world from the suite's own fixtures file
 * ({@code embedded-mock.json}, kept equal to the mock's fixtures by a test).
 */
public final class EmbeddedMockTarget implements Target {

  private static final String WORLD = "embedded-mock.json";

  private final MockServer mock;
  private final MockClockEndpoint clock;
  private final Secret token;
  private final Secret otherWorkspaceToken;
  private final TargetFixtures fixtures;
  /** The mock's time: its clock stands still, so it changes only when {@link #await} moves it. */
  private volatile Instant now;

  private EmbeddedMockTarget(MockServer mock, JsonNode world) {
    this.mock = mock;
    this.clock = new MockClockEndpoint(mock.baseUri());
    this.token = Secret.of(world.path("token").asText());
    this.otherWorkspaceToken = Secret.of(world.path("otherWorkspaceToken").asText());
    try {
      this.fixtures = FixturesFile.parse(world.path("fixtures").toString(), WORLD);
    } catch (SuiteSetupException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    this.now = clock.now();
  }

  /** Starts a mock of the bundled spec with its default fixtures. */
  public static EmbeddedMockTarget start() {
    return start(Spec.bundled());
  }

  /** Starts a mock of {@code spec} with its default fixtures. */
  public static EmbeddedMockTarget start(Spec spec) {
    return start(spec, new MockFault[0]);
  }

  /**
   * Starts a mock of the bundled spec that breaks the contract in the ways {@code faults} name, to
   * show that the suite catches a server that misbehaves in its state.
   */
  public static EmbeddedMockTarget misbehaving(MockFault... faults) {
    return start(Spec.bundled(), faults);
  }

  private static EmbeddedMockTarget start(Spec spec, MockFault... faults) {
    JsonNode world = world();
    Clock standingStill = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    MockServer mock = MockServer.builder().host("127.0.0.1").port(0).spec(spec).clock(standingStill).clockEndpoint(true)
        .faults(faults).build().start();
    try {
      return new EmbeddedMockTarget(mock, world);
    } catch (RuntimeException e) {
      mock.close();
      throw e;
    }
  }

  private static JsonNode world() {
    try (InputStream in = EmbeddedMockTarget.class.getResourceAsStream(WORLD)) {
      if (in == null) {
        throw new IllegalStateException(WORLD + " is missing from the contract-tests jar");
      }
      return Json.parse(in.readAllBytes()).orElseThrow(() -> new IllegalStateException(WORLD + " is not JSON"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WORLD, e);
    }
  }

  @Override
  public URI baseUri() {
    return mock.baseUri();
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
    return now;
  }

  /** Moves the mock's clock through its test endpoint: no real time passes. */
  @Override
  public void await(Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      now = clock.advance(duration);
    }
  }

  /** The mock's time is known exactly; only the second precision of HTTP dates separates the two views. */
  @Override
  public Duration clockTolerance() {
    return Duration.ofSeconds(1);
  }

  @Override
  public boolean isProjectMock() {
    return true;
  }

  @Override
  public boolean waitsInRealTime() {
    return false;
  }

  @Override
  public String describe() {
    return "embedded mock at " + mock.baseUri();
  }

  /** The token of the mock's second workspace, for harnesses that show one workspace's data to another. */
  public Secret otherWorkspaceToken() {
    return otherWorkspaceToken;
  }

  @Override
  public void close() {
    mock.close();
  }
}
