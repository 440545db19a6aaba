package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once. Afterwards the mock's state is exactly what the successful answers
 * imply, no activation outlives its connection, and a rate-limit window lets exactly its limit through.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  @Test
  void concurrentCreatesUpdatesAndDeletes_leaveExactlyTheStateTheAnswersImply() throws Exception {
    try (MockServer mock = MockServer.builder().rateLimitsLifted(true).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());
      List<String> shared = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        shared.add(createConnection(http, "shared-" + i));
      }
      Ledger ledger = new Ledger();
      shared.forEach(ledger.connections::add);

      runConcurrently(THREADS, worker -> {
        List<String> own = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
          String mine = createConnection(http, "w" + worker + "-" + round);
          ledger.connections.add(mine);
          own.add(mine);
          // updates of a connection come from its owner only, so the last successful one is known
          String settings = "{\"listName\":\"w" + worker + "-r" + round + "\"}";
          Answer update = http.patch(connection(SPACE_A, USERS_AUDIENCE, mine), "{\"connectionSettings\":" + settings + "}");
          assertThat(update.status()).isEqualTo(200);
          ledger.settings.put(mine, settings);
          // activations race against deletes of the shared connections
          String target = shared.get(ThreadLocalRandom.current().nextInt(shared.size()));
          Answer created = http.post(connectionActivations(SPACE_A, USERS_AUDIENCE, target),
              activationBody("Audience Entered", null));
          assertThat(created.status()).isIn(200, 404);
          if (created.status() == 200) {
            String activation = created.data().path("activation").path("id").asText();
            ledger.activations.put(activation, target);
            if (ThreadLocalRandom.current().nextBoolean() && http.delete(activation(SPACE_A, USERS_AUDIENCE, activation))
                .status() == 200) {
              ledger.activations.remove(activation);
            }
          }
          Answer removeShared = http.delete(connection(SPACE_A, USERS_AUDIENCE, target));
          assertThat(removeShared.status()).isIn(200, 404, 409);
          if (removeShared.status() == 200) {
            ledger.connections.remove(target);
          }
          if (round % 3 == 0) {
            String victim = own.remove(0);
            assertThat(http.delete(connection(SPACE_A, USERS_AUDIENCE, victim)).status()).isEqualTo(200);
            ledger.connections.remove(victim);
            ledger.settings.remove(victim);
          }
        }
        return null;
      });

      JsonNode connections = http.get(connections(SPACE_A, USERS_AUDIENCE) + "?pagination.count=1000").data().path("connections");
      JsonNode activations = http.get(activations(SPACE_A, USERS_AUDIENCE) + "?pagination.count=1000").data().path("activations");
      Set<String> expectedConnections = new HashSet<>(ledger.connections);
      expectedConnections.addAll(List.of(CONNECTION, ADWORDS_CONNECTION));
      Set<String> expectedActivations = new HashSet<>(ledger.activations.keySet());
      expectedActivations.addAll(List.of(ACTIVATION, ADWORDS_ACTIVATION));

      assertThat(ids(connections)).containsExactlyInAnyOrderElementsOf(expectedConnections);
      assertThat(ids(activations)).containsExactlyInAnyOrderElementsOf(expectedActivations);
      for (JsonNode activation : activations) {
        assertThat(expectedConnections).as("connection of " + activation.path("id").asText())
            .contains(activation.path("connectionId").asText());
      }
      for (JsonNode connection : connections) {
        String id = connection.path("id").asText();
        if (ledger.settings.containsKey(id)) {
          assertThat(connection.path("connectionSettings").toString()).isEqualTo(ledger.settings.get(id));
        }
      }
      assertThat(ledger.connections.size() + 2).isEqualTo(connections.size());
    }
  }

  @Test
  void concurrentBurst_letsExactlyTheLimitThroughPerWindow() throws Exception {
    ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
    try (MockServer mock = MockServer.builder().clock(clock).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());
      String path = activation(SPACE_A, USERS_AUDIENCE, ACTIVATION);

      for (int window = 0; window < 2; window++) {
        List<Long> consumed = new ArrayList<>();
        int[] tooMany = new int[1];
        runConcurrently(10, worker -> {
          for (int i = 0; i < 10; i++) {
            Answer answer = http.get(path);
            synchronized (consumed) {
              if (answer.status() == 200) {
                consumed.add(answer.longHeader("X-RateLimit-Consumed"));
              } else {
                assertThat(answer.status()).isEqualTo(429);
                tooMany[0]++;
              }
            }
          }
          return null;
        });

        assertThat(consumed).as("window %d", window).hasSize(60);
        assertThat(new HashSet<>(consumed)).as("each count handed out once").hasSize(60);
        assertThat(tooMany[0]).isEqualTo(40);
        clock.advance(Duration.ofMinutes(1));
      }
    }
  }

  private static String createConnection(RawHttp http, String listName) {
    Answer answer = http.post(connections(SPACE_A, USERS_AUDIENCE),
        "{\"destination\":{\"id\":\"" + BRAZE + "\",\"type\":\"destination\"},\"connectionSettings\":{\"listName\":\""
            + listName + "\"}}");
    assertThat(answer.status()).isEqualTo(200);
    return answer.data().path("connection").path("id").asText();
  }

  private static List<String> ids(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  /** Starts {@code threads} workers at the same moment and fails with the first worker's failure. */
  private static void runConcurrently(int threads, Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        Callable<Void> task = () -> {
          start.await();
          return worker.run(index);
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Void> result : results) {
        result.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Worker {
    Void run(int index) throws Exception;
  }

  /** What the successful answers say the state must be. */
  private static final class Ledger {
    final Set<String> connections = ConcurrentHashMap.newKeySet();
    final Map<String, String> activations = new ConcurrentHashMap<>();
    final Map<String, String> settings = new ConcurrentHashMap<>();
  }
}
