package io.activations.contract.mock.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fuzz.HostileRequests.HostileRequest;
import io.activations.contract.mock.fuzz.RawExchange.RawAnswer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Thousands of hostile requests over raw sockets (seeded, so a failure can be replayed with the
 * same seed): every one is answered, never with a 5xx, always in the API's error envelope (or the
 * data envelope for the few that are valid), and a valid request is still served at the end.
 */
class HostileRequestFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static MockServer mock;

  @BeforeAll
  static void start() {
    // limits lifted so the final valid request is not a 429 (the headers are still sent)
    mock = MockServer.builder().rateLimitsLifted(true).build().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @Test
  void hostileRequests_areAllAnsweredInTheEnvelope_andTheMockStillServes() throws IOException {
    HostileRequests requests = new HostileRequests(SEED);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    int enveloped = 0;
    for (int i = 0; i < REQUESTS; i++) {
      HostileRequest request = requests.next();
      RawAnswer answer = RawExchange.send(mock.baseUri(), request);
      if (answer == null) {
        violations.add("#" + i + " no answer (connection dropped): " + request.description());
        continue;
      }
      byStatus.merge(answer.status(), 1, Integer::sum);
      String problem = problemWith(answer);
      if (problem == null) {
        enveloped++;
      } else {
        violations.add("#" + i + " " + answer.status() + " " + problem + ": " + request.description());
      }
    }
    System.out.printf("fuzz seed %d: %d requests, answers by status %s, %d in the envelope%n",
        SEED, REQUESTS, byStatus, enveloped);

    assertThat(violations).as("answers breaking the contract (seed %d)", SEED).isEmpty();
    assertThat(byStatus.keySet()).as("statuses").allMatch(status -> status < 500)
        .contains(400, 404, 413, 414, 431);
    RawAnswer last = RawExchange.send(mock.baseUri(), HostileRequests.valid());
    assertThat(last).isNotNull();
    assertThat(last.status()).isEqualTo(200);
    assertThat(JSON.readTree(last.body()).path("data").isObject()).isTrue();
  }

  /** What is wrong with an answer, or null when it is a 4xx in the error envelope or a 2xx with data. */
  static String problemWith(RawAnswer answer) {
    if (answer.status() >= 500) {
      return "server error";
    }
    String type = answer.headers().getOrDefault("content-type", "");
    if (!type.startsWith("application/json") && !type.startsWith("application/vnd.segment.v1alpha+json")) {
      return "not JSON (Content-Type '" + type + "')";
    }
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (IOException e) {
      return "body is not JSON";
    }
    if (answer.status() < 400) {
      return body != null && body.has("data") ? null : "no data envelope";
    }
    JsonNode errors = body == null ? null : body.get("errors");
    if (errors == null || !errors.isArray() || errors.isEmpty()) {
      return "no error envelope";
    }
    for (JsonNode error : errors) {
      if (!error.path("type").isTextual() || error.path("status").asInt() != answer.status()) {
        return "error entry without type or with another status: " + error;
      }
    }
    return null;
  }
}
