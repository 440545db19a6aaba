package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.Audience;
import io.activations.contract.mock.fixtures.CatalogueAction;
import io.activations.contract.mock.fixtures.Connection;
import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.Space;
import io.activations.contract.mock.fixtures.Workspace;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The embedded target's fixtures file ({@code embedded-mock.json}) names resources the mock's
 * default world really has: derived here from the mock's fixture classes, which the suite's main
 * code no longer reads, so a change to the mock's defaults fails this test instead of the suite.
 */
class EmbeddedMockWorldTest {

  @Test
  void fixturesFile_matchesTheMocksDefaultWorld() {
    Fixtures world = Fixtures.defaults();
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      assertThat(target.fixtures()).isEqualTo(fixturesOf(world));
      assertThat(target.token().reveal()).isEqualTo(world.workspaces().get(0).tokens().get(0));
      assertThat(target.otherWorkspaceToken().reveal()).isEqualTo(world.workspaces().get(1).tokens().get(0));
    }
  }

  @Test
  void waiting_movesTheMocksClockOverHttp_andNothingElse() {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      java.time.Instant before = target.now();

      target.await(java.time.Duration.ofMinutes(2));

      assertThat(target.now()).isEqualTo(before.plus(java.time.Duration.ofMinutes(2)));
      assertThat(new MockClockEndpoint(target.baseUri()).now()).isEqualTo(target.now());
    }
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
