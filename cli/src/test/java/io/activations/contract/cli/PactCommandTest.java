package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./contract pact check|verify|publish}: exit codes, the summary line, one-line usage errors. */
class PactCommandTest {

  private static final String ACTIVATION_PATH =
      "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void check_pactTheSpecAllows_exits0() throws Exception {
    assertThat(run(Map.of(), "check", pact("good.json", 200, "act_987654321").toString())).as(out + "" + err).isZero();
    assertThat(out.toString()).contains("0 errors");
  }

  @Test
  void check_undeclaredStatus_exits1WithTheKey() throws Exception {
    assertThat(run(Map.of(), "check", pact("teapot.json", 418, "act_987654321").toString())).isEqualTo(1);
    assertThat(out.toString()).contains("response.status.undeclared").contains("teapot.json");
  }

  @Test
  void check_malformedPact_isOneLineUsageError() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"interactions\": [");
    assertThat(run(Map.of(), "check", broken.toString())).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("contract pact check: ");
    assertThat(err.toString()).doesNotContain("\tat ");
  }

  @Test
  void verify_againstTheEmbeddedMock_endsWithTheSummary_andWritesReports() throws Exception {
    Path reports = dir.resolve("reports");
    int exit = run(Map.of(), "verify", pact("good.json", 200, "act_987654321").toString(), "--report-dir", reports.toString());
    assertThat(exit).as(out + "" + err).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("1 passed, 0 failed");
    assertThat(Files.list(reports)).isNotEmpty();
  }

  @Test
  void verify_pactTheMockDoesNotHonour_exits1() throws Exception {
    int exit = run(Map.of(), "verify", pact("wrong.json", 404, "act_987654321").toString(), "--report-dir", dir.resolve("r").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString()).contains("FAIL ").endsWith("0 passed, 1 failed" + System.lineSeparator());
  }

  @Test
  void verify_realServerWithoutToken_isOneLineUsageError() throws Exception {
    int exit = run(Map.of(), "verify", pact("good.json", 200, "act_987654321").toString(),
        "--base-url", "http://127.0.0.1:9", "--fixtures", dir.resolve("f.json").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("ACTIVATIONS_API_TOKEN is not set");
  }

  @Test
  void verify_publishResultsWithoutProviderVersion_isUsageError() throws Exception {
    assertThat(run(Map.of(), "verify", "--broker-url", "http://127.0.0.1:9", "--publish-results")).isEqualTo(2);
    assertThat(err.toString()).contains("--publish-results needs --provider-version");
  }

  @Test
  void verify_withoutPactsOrBroker_isUsageError() throws Exception {
    assertThat(run(Map.of(), "verify")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void verify_unreachableBroker_isOneLineSetupError() throws Exception {
    assertThat(run(Map.of(), "verify", "--broker-url", "http://127.0.0.1:9")).isEqualTo(2);
    assertThat(err.toString()).startsWith("contract pact verify: ").doesNotContain("\tat ");
  }

  /** A local HTTP double of a Pact Broker's HAL API: the index and the publish-pact relation. */
  @Test
  void publish_putsThePactToTheBrokerDouble_withTheBearerToken() throws Exception {
    List<String> received = new ArrayList<>();
    HttpServer broker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + broker.getAddress().getPort();
    broker.createContext("/", exchange -> {
      received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
          + exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = exchange.getRequestURI().getPath().equals("/")
          ? ("{\"_links\":{\"pb:publish-pact\":{\"href\":\"" + base
              + "/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}\",\"templated\":true}}}")
              .getBytes(StandardCharsets.UTF_8)
          : "{}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
      exchange.sendResponseHeaders(exchange.getRequestMethod().equals("PUT") ? 201 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    broker.start();
    try {
      int exit = run(Map.of("PACT_BROKER_TOKEN", "broker-secret"), "publish", pact("good.json", 200, "act_987654321").toString(),
          "--broker-url", base, "--consumer-version", "1.2.3", "--branch", "main");
      assertThat(exit).as(out + "" + err).isZero();
      assertThat(received).contains("PUT /pacts/provider/activations-api/consumer/a-consumer/version/1.2.3 Bearer broker-secret");
      assertThat(out.toString() + err).doesNotContain("broker-secret");
    } finally {
      broker.stop(0);
    }
  }

  @Test
  void publish_withoutBrokerUrl_isUsageError() throws Exception {
    assertThat(run(Map.of(), "publish", pact("good.json", 200, "act_987654321").toString(), "--consumer-version", "1")).isEqualTo(2);
  }

  private int run(Map<String, String> environment, String... args) {
    CommandLine commandLine = new CommandLine(new PactCommand(), new EnvironmentFactory(environment));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    return commandLine.execute(args);
  }

  /** A V3 pact with one GET of an activation of the mock's default world. */
  private Path pact(String name, int status, String activationId) throws Exception {
    String json = """
        {"consumer": {"name": "a-consumer"}, "provider": {"name": "activations-api"},
         "interactions": [{"description": "a request for an activation",
           "providerStates": [{"name": "an activation exists"}],
           "request": {"method": "GET", "path": "%s", "headers": {"Authorization": "Bearer mock-token-workspace-a"}},
           "response": {"status": %d, "headers": {"Content-Type": "application/vnd.segment.v1alpha+json"},
             "body": {"data": {"activation": {"id": "%s"}}}}}],
         "metadata": {"pactSpecification": {"version": "3.0.0"}}}
        """.formatted(ACTIVATION_PATH, status, activationId);
    return Files.writeString(dir.resolve(name), json);
  }

  /** Builds the commands with an environment of the test's choosing (real variables cannot be set). */
  private record EnvironmentFactory(Map<String, String> environment) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      if (type == PactVerifyCommand.class) {
        return type.cast(new PactVerifyCommand(environment::get));
      }
      if (type == PactPublishCommand.class) {
        return type.cast(new PactPublishCommand(environment::get));
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
