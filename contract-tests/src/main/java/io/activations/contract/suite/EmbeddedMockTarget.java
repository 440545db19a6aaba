package io.activations.contract.suite;

import io.activations.contract.mock.ManualClock;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.Audience;
import io.activations.contract.mock.fixtures.CatalogueAction;
import io.activations.contract.mock.fixtures.Connection;
import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.Space;
import io.activations.contract.mock.fixtures.Workspace;
import io.activations.contract.spec.Spec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fresh mock on a free loopback port, with a manual clock: waiting for a rate-limit window moves
 * the clock instead of sleeping, so a full run, bursts included, takes seconds. The suite still
 * talks to it over HTTP only; the mock's public fixtures say which ids exist.
 */
public final class EmbeddedMockTarget implements Target {

  private final MockServer mock;
  private final ManualClock clock;
  private final Secret token;
  private final TargetFixtures fixtures;

  private EmbeddedMockTarget(MockServer mock, ManualClock clock) {
    this.mock = mock;
    this.clock = clock;
    Fixtures world = mock.fixtures();
    Workspace workspace = world.workspaces().get(0);
    this.token = Secret.of(workspace.tokens().get(0));
    this.fixtures = fixturesOf(world);
  }

  /** Starts a mock of the bundled spec with its default fixtures. */
  public static EmbeddedMockTarget start() {
    return start(Spec.bundled());
  }

  /** Starts a mock of {@code spec} with its default fixtures. */
  public static EmbeddedMockTarget start(Spec spec) {
    ManualClock clock = ManualClock.startingNow();
    MockServer mock = MockServer.builder().host("127.0.0.1").port(0).spec(spec).clock(clock).build().start();
    return new EmbeddedMockTarget(mock, clock);
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
    return clock.instant();
  }

  /** Moves the mock's clock: no real time passes. */
  @Override
  public void await(Duration duration) {
    if (!duration.isNegative()) {
      clock.advance(duration);
    }
  }

  /** The clock is shared; only the second precision of HTTP dates separates the two views. */
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

  /** The mock's own world, for harnesses that need more than the suite's fixtures (another workspace's token). */
  public Fixtures mockFixtures() {
    return mock.fixtures();
  }

  @Override
  public void close() {
    mock.close();
  }

  /**
   * The suite's fixtures from the mock's: the first workspace's first space, its first classic
   * audience, a destination added to Engage whose catalogue entry offers an action for that
   * audience type, and the second workspace (if any) as the foreign one.
   */
  static TargetFixtures fixturesOf(Fixtures world) {
    Space space = world.workspaces().get(0).spaces().get(0);
    Audience audience = space.audiences().stream().filter(a -> !a.type().isLinked())
        .min(Comparator.comparing(a -> a.type().ordinal())).orElseThrow(() -> new IllegalArgumentException(
            "the mock's fixtures have no classic audience in space " + space.id()));
    Optional<EngageDestination> withAction = space.destinations().stream()
        .filter(d -> world.catalogueEntry(d.slug()).map(e -> !e.actions().isEmpty() && e.supports(audience.type())).orElse(false))
        .findFirst();
    EngageDestination destination = withAction.orElseGet(() -> space.destinations().get(0));
    Optional<String> actionId = withAction.flatMap(d -> world.catalogueEntry(d.slug()))
        .flatMap(e -> e.actions().stream().findFirst()).map(CatalogueAction::id);
    Optional<Connection> connection = connectionOf(space, audience.id());
    return new TargetFixtures(space.id(), audience.id(), audience.type().name(), destination.id(), actionId,
        space.audiences().stream().filter(a -> a.type().isLinked()).map(Audience::id).findFirst(),
        connection.map(Connection::id), connection.flatMap(c -> activationOf(space, c.id())).map(Activation::id),
        foreign(world.workspaces()));
  }

  private static Optional<TargetFixtures.ForeignWorkspace> foreign(List<Workspace> workspaces) {
    if (workspaces.size() < 2 || workspaces.get(1).spaces().isEmpty()) {
      return Optional.empty();
    }
    Space space = workspaces.get(1).spaces().get(0);
    for (Audience audience : space.audiences()) {
      Optional<Connection> connection = connectionOf(space, audience.id());
      Optional<Activation> activation = connection.flatMap(c -> activationOf(space, c.id()));
      if (activation.isPresent()) {
        return Optional.of(new TargetFixtures.ForeignWorkspace(space.id(), audience.id(), connection.get().id(), activation.get().id()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Connection> connectionOf(Space space, String audienceId) {
    return space.connections().stream().filter(c -> c.audienceId().equals(audienceId))
        .filter(c -> activationOf(space, c.id()).isPresent()).findFirst()
        .or(() -> space.connections().stream().filter(c -> c.audienceId().equals(audienceId)).findFirst());
  }

  private static Optional<Activation> activationOf(Space space, String connectionId) {
    return space.activations().stream().filter(a -> Objects.equals(a.connectionId(), connectionId)).findFirst();
  }
}
