package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.mock.MockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./contract verify --allow-writes} as a real process against a server it creates things on:
 * SIGTERM in the middle of the run still removes every connection and activation it created.
 */
class VerifyCleanupOnSigtermTest {

  private static final String TOKEN = "mock-token-workspace-a";
  private static final String SPACE = "spa_9aQ1Lj62S4bomZKLF4DPqW";
  private static final String AUDIENCE = "aud_0ujsszwN8NRY24YaXiTIE2VWDTS";
  private static final String CONNECTION = "ii_123456789";
  private static final String FIXTURES = """
      {"spaceId": "%s", "audienceId": "%s", "audienceType": "USERS",
       "destinationId": "dst_2yJ8pF4nQ6rT0vX3zB5cD7", "actionId": "5vKpRbHyM2f7Sx8Ab3nDqT",
       "connectionId": "%s", "activationId": "act_987654321"}
      """.formatted(SPACE, AUDIENCE, CONNECTION);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path dir;

  @Test
  void sigterm_duringAWritingRun_removesWhatTheRunCreated() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);
    try (MockServer server = MockServer.builder().host("127.0.0.1").port(0).build().start()) {
      URI base = server.baseUri();
      int connectionsBefore = count(base, "/destination-connections?pagination.count=200", "connections");
      int activationsBefore = count(base, "/activations?pagination.count=200", "activations");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ContractCli.class.getName(),
          "verify", "--base-url", base.toString(), "--fixtures", fixtures.toString(), "--allow-writes",
          "--report-dir", dir.resolve("report").toString())
          .redirectOutput(dir.resolve("out.txt").toFile())
          .redirectError(dir.resolve("err.txt").toFile());
      builder.environment().put(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN);
      Process process = builder.start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (count(base, "/destination-connections?pagination.count=200", "connections") == connectionsBefore) {
          assertThat(process.isAlive()).as("the run ended before it created anything: " + Files.readString(dir.resolve("out.txt"))).isTrue();
          assertThat(System.nanoTime()).as("the run created nothing within 90 s").isLessThan(deadline);
          Thread.sleep(250);
        }

        process.toHandle().destroy();  // SIGTERM on Unix

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the run exits after SIGTERM").isTrue();
        assertThat(count(base, "/destination-connections?pagination.count=200", "connections")).isEqualTo(connectionsBefore);
        assertThat(count(base, "/activations?pagination.count=200", "activations"))
            .isEqualTo(activationsBefore);
      } finally {
        process.destroyForcibly();
      }
    }
  }

  private static int count(URI base, String rest, String items) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/spaces/" + SPACE + "/audiences/" + AUDIENCE + rest))
        .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(10)).GET().build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (int attempt = 0; response.statusCode() == 429 && attempt < 2; attempt++) {
      // the run shares this token's budget: wait out the window it used up, as any client would
      Thread.sleep(1_000L * (1 + Long.parseLong(response.headers().firstValue("Retry-After").orElse("60"))));
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(response.body());
    return body.path("data").path(items).size();
  }
}
