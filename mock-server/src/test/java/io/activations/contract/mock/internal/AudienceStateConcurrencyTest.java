package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.Audience;
import io.activations.contract.mock.fixtures.AudienceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store driven from many threads at once, directly (not through one selector thread): every
 * write lands, ids and sequence numbers stay unique, and the 409 rule between connections and
 * activations holds. Without the store's monitor these fail (lost writes, a corrupted tree, or a
 * connection removed under its activations).
 */
class AudienceStateConcurrencyTest {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 2_000;
  /** Connections that adding and removing threads meet on, one at a time. */
  private static final int ROUNDS = 1_000;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
  private final AudienceState audience = new AudienceState(new Audience("aud_1", "Users", AudienceType.USERS),
      new SequenceNumbers(), new SharedValues());

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void parallelCreatesAndRemoves_allLand_withUniqueIds() throws Exception {
    Set<String> kept = ConcurrentHashMap.newKeySet();
    runTogether(thread -> {
      for (int i = 0; i < PER_THREAD; i++) {
        StoredConnection connection = audience.addConnection(id -> connection(id));
        Activation activation = audience.addActivation(connection.id(), (c, id) -> activation(id, c.id()));
        if (i % 3 == 0) {
          audience.removeActivation(activation.id());
          audience.removeConnection(connection.id());
        } else {
          kept.add(activation.id());
        }
      }
    });

    List<Activation> listed = allActivations();
    assertThat(listed).hasSize(kept.size());
    assertThat(listed).extracting(Activation::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(kept);
    for (Activation activation : listed) {
      assertThat(audience.activation(activation.id())).isEqualTo(activation);
      assertThat(audience.connection(activation.connectionId()).id()).isEqualTo(activation.connectionId());
    }
  }

  @Test
  void removingAConnectionWhileActivationsArrive_neverLeavesAnActivationWithoutItsConnection() throws Exception {
    List<String> connections = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      connections.add(audience.addConnection(id -> connection(id)).id());
    }
    AtomicInteger orphans = new AtomicInteger();
    CyclicBarrier eachConnection = new CyclicBarrier(THREADS);
    runTogether(thread -> {
      for (String connectionId : connections) {
        eachConnection.await(); // all threads meet on every connection: adds and removes collide
        if (thread % 2 == 0) {
          try {
            audience.addActivation(connectionId, (c, id) -> {
              Thread.yield(); // building takes a moment (the rule checks run here), a window for a racing remove
              return activation(id, c.id());
            });
          } catch (ApiProblem connectionAlreadyGone) {
            // 404: the other side removed it first
          }
        } else {
          try {
            audience.removeConnection(connectionId);
          } catch (ApiProblem stillInUseOrGone) {
            // 409 or 404
          }
        }
      }
    });

    for (Activation activation : allActivations()) {
      try {
        audience.connection(activation.connectionId());
      } catch (ApiProblem missing) {
        orphans.incrementAndGet();
      }
    }
    assertThat(orphans).as("activations whose connection was removed under them").hasValue(0);
  }

  /** Runs {@code work(threadIndex)} on every thread, all released at the same moment. */
  private void runTogether(ThreadWork work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        start.await();
        work.run(thread);
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
  }

  private List<Activation> allActivations() {
    List<Activation> all = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    PagePosition position = PagePosition.FIRST;
    while (position != null && seen.add(position.seq())) {
      Page<Activation> page = audience.activations(position, Pagination.MAX_COUNT);
      all.addAll(page.items());
      position = page.next();
    }
    return all;
  }

  private static StoredConnection connection(String id) {
    return new StoredConnection(id, "aud_1", "dst_1", true, 0, 0, List.of(), null);
  }

  private static Activation activation(String id, String connectionId) {
    return new Activation(id, connectionId, true, "Audience Entered", "name", null, null, null, false);
  }

  @FunctionalInterface
  private interface ThreadWork {
    void run(int thread) throws Exception;
  }
}
