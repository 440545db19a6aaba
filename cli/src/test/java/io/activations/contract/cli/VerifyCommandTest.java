package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.mock.MockServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./contract verify} in-process: its output, its reports and its exit codes. */
class VerifyCommandTest {

  private static final String TOKEN = "mock-token-workspace-a";
  private static final String FIXTURES = """
      {"spaceId": "spa_9aQ1Lj62S4bomZKLF4DPqW", "audienceId": "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "audienceType": "USERS",
       "destinationId": "dst_2yJ8pF4nQ6rT0vX3zB5cD7", "actionId": "5vKpRbHyM2f7Sx8Ab3nDqT",
       "connectionId": "ii_123456789", "activationId": "act_987654321"}
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void verify_againstTheEmbeddedMock_passesPrintsTheMatrixAndWritesReports() {
    int exit = verify(Map.of(), "--report-dir", dir.resolve("report").toString());

    assertThat(exit).as(out + "\n" + err).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1)).matches("\\d{3,} passed, 0 failed");
    assertThat(out.toString()).contains("embedded mock at http://127.0.0.1:", "addActivationToAudience ....", "coverage", " 429");
    assertThat(dir.resolve("report/TEST-activations-contract.xml")).exists();
    assertThat(dir.resolve("report/contract-report.json")).exists();
    assertThat(dir.resolve("report/contract-report.md")).exists();
  }

  @Test
  void verify_withAnInjectedFault_exits1AndNamesTheFinding() {
    int exit = verify(Map.of(), "--inject-fault", "missing-token-accepted", "--no-burst", "--report-dir", dir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).contains("auth.notEnforced").containsPattern("(?m)^\\d+ passed, [1-9]\\d* failed, \\d+ skipped$");
  }

  @Test
  void verify_aRemoteServer_readsTheTokenFromTheEnvironmentAndNeverPrintsIt() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);
    try (MockServer server = MockServer.builder().port(0).build().start()) {
      int exit = verify(Map.of("MY_TOKEN", TOKEN), "--base-url", server.baseUri().toString(), "--token-env", "MY_TOKEN",
          "--fixtures", fixtures.toString(), "--read-only", "--no-burst", "--report-dir", dir.resolve("report").toString());

      assertThat(exit).as(out + "\n" + err).isZero();
      assertThat(out.toString()).contains("skipped").doesNotContain(TOKEN);
      for (String report : List.of("TEST-activations-contract.xml", "contract-report.json", "contract-report.md")) {
        assertThat(Files.readString(dir.resolve("report").resolve(report))).doesNotContain(TOKEN);
      }
    }
  }

  @Test
  void verify_anUnreachableServer_exits2WithOneLine() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    int exit = verify(Map.of(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN), "--base-url", "http://127.0.0.1:" + port, "--fixtures", fixtures.toString());

    assertOneLineUsageError(exit, "cannot reach http://127.0.0.1:" + port);
  }

  @Test
  void verify_aMissingTokenVariable_exits2NamingIt() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);

    int exit = verify(Map.of(), "--base-url", "http://127.0.0.1:9", "--fixtures", fixtures.toString());

    assertOneLineUsageError(exit, "environment variable ACTIVATIONS_API_TOKEN is not set");
  }

  @Test
  void verify_unreadableFixtures_exits2() {
    int exit = verify(Map.of(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN), "--base-url", "http://127.0.0.1:9", "--fixtures",
        dir.resolve("missing.json").toString());

    assertOneLineUsageError(exit, "fixtures file");
  }

  @Test
  void verify_anUnreadableSpec_exits2() throws Exception {
    Path spec = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\npaths: [oops\n");

    int exit = verify(Map.of(), "--spec", spec.toString());

    assertOneLineUsageError(exit, "cannot load spec");
  }

  @Test
  void verify_aRemoteServerWithoutFixtures_exits2() {
    assertOneLineUsageError(verify(Map.of(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN), "--base-url", "http://127.0.0.1:9"), "needs --fixtures");
  }

  @Test
  void verify_anUnknownFault_exits2ListingTheKnownOnes() {
    assertOneLineUsageError(verify(Map.of(), "--inject-fault", "gremlins"), "unknown fault 'gremlins'; one of drop-required-field");
  }

  @Test
  void verify_anUnwritableReportDir_showsTheResultsFirst_thenExits2() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file, not a directory");

    int exit = verify(Map.of(), "--read-only", "--no-burst", "--report-dir", notADirectory.resolve("reports").toString());

    assertThat(exit).as(out + "\n" + err).isEqualTo(ContractCli.USAGE_ERROR);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1)).as("the results are printed in full").matches("\\d+ passed, 0 failed.*");
    assertThat(out.toString()).doesNotContain("reports: ");
    assertOneLineUsageError(exit, "could not be written to --report-dir");
  }

  @Test
  void verify_aRemoteServer_byDefault_sendsOnlyReadsAndNoBurst() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);
    try (MockServer server = MockServer.builder().host("127.0.0.1").port(0).build().start()) {
      int exit = verify(Map.of(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN), "--base-url", server.baseUri().toString(),
          "--fixtures", fixtures.toString(), "--report-dir", dir.resolve("report").toString());

      assertThat(exit).as(out + "\n" + err).isZero();
      JsonNode report = new ObjectMapper().readTree(dir.resolve("report/contract-report.json").toFile());
      List<JsonNode> exchanges = report.findValues("exchanges").stream().flatMap(e -> java.util.stream.StreamSupport.stream(e.spliterator(), false))
          .toList();
      assertThat(exchanges).as("requests were sent").isNotEmpty();
      assertThat(exchanges).extracting(e -> e.path("method").asText()).containsOnly("GET");
      assertThat(exchanges).extracting(e -> e.path("status").asInt()).doesNotContain(429);
      assertThat(out.toString()).contains("skipped");
    }
  }

  @Test
  void verify_allowWrites_sendsWritesToo_andRemovesWhatItCreated() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);
    try (MockServer server = MockServer.builder().host("127.0.0.1").port(0).build().start()) {
      int exit = verify(Map.of(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN), "--base-url", server.baseUri().toString(),
          "--fixtures", fixtures.toString(), "--allow-writes", "--report-dir", dir.resolve("report").toString());

      assertThat(exit).as(out + "\n" + err).isZero();
      JsonNode report = new ObjectMapper().readTree(dir.resolve("report/contract-report.json").toFile());
      List<String> methods = report.findValues("method").stream().map(JsonNode::asText).distinct().toList();
      assertThat(methods).contains("GET", "POST", "PATCH", "DELETE");
      assertThat(report.findValues("status").stream().map(JsonNode::asInt)).as("no burst without --burst").doesNotContain(429);
    }
  }

  @Test
  void verify_aTokenOverPlainHttpToAnotherHost_isRefusedInOneLine() throws Exception {
    Path fixtures = Files.writeString(dir.resolve("fixtures.json"), FIXTURES);

    int exit = verify(Map.of(VerifyCommand.DEFAULT_TOKEN_ENV, TOKEN), "--base-url", "http://api.example.com", "--fixtures", fixtures.toString());

    assertOneLineUsageError(exit, "refusing to send the token over plain HTTP to api.example.com");
    assertThat(err.toString()).contains("--allow-insecure-http");
  }

  @Test
  void verify_contradictoryFlags_exit2() {
    assertOneLineUsageError(verify(Map.of(), "--read-only", "--allow-writes"), "contradict");
    err.getBuffer().setLength(0);
    assertOneLineUsageError(verify(Map.of(), "--no-burst", "--burst"), "contradict");
  }

  private void assertOneLineUsageError(int exit, String reason) {
    assertThat(exit).as(out.toString()).isEqualTo(ContractCli.USAGE_ERROR);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("contract verify: ").contains(reason);
    assertThat(err.toString()).doesNotContain("\tat ").doesNotContain(TOKEN);
  }

  private int verify(Map<String, String> environment, String... args) {
    Function<String, String> lookup = environment::get;
    CommandLine commandLine = new CommandLine(new VerifyCommand(lookup));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    return commandLine.execute(args);
  }
}
