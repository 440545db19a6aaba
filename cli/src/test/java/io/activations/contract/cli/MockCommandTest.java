package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./contract mock} in-process: what it prints, what it serves, and how it refuses bad input. */
class MockCommandTest {

  private static final String ACTIVATION =
      "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321";
  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void mock_printsUrlAndTokens_servesThemAndStops() throws Exception {
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0", "--token", "my-extra-token");

    URI baseUri = awaitUrl();
    String banner = out.toString();

    assertThat(banner).contains("mock-token-workspace-a", "mock-token-workspace-b", "my-extra-token", "Ctrl+C");
    assertThat(banner).doesNotContain("Note:");
    assertThat(get(baseUri, "my-extra-token").statusCode()).isEqualTo(200);
    assertThat(get(baseUri, "mock-token-workspace-a").statusCode()).isEqualTo(200);
    assertThat(get(baseUri, "not-a-token").statusCode()).isEqualTo(401);

    mock.stop(new PrintWriter(out, true));

    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("mock stopped");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void mock_withProviderStates_printsTheStateChangeUrl_andServesIt() throws Exception {
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0", "--provider-states");
    URI baseUri = awaitUrl();
    awaitWholeBanner();
    assertThat(out.toString()).contains("Provider states (Pact --state-change-url): " + baseUri + "/_pact/provider-states");
    HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri.resolve("/_pact/provider-states"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"state\":\"an activation exists\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(state.statusCode()).isEqualTo(200);
    assertThat(state.body()).contains("act_987654321");
    mock.stop(new PrintWriter(out, true));
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void mock_withoutProviderStates_printsNoStateChangeUrl() throws Exception {
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0");
    awaitUrl();
    awaitWholeBanner();
    assertThat(out.toString()).doesNotContain("Provider states");
    mock.stop(new PrintWriter(out, true));
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void mock_bindsToLoopbackByDefault() throws Exception {
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0");

    assertThat(awaitUrl().getHost()).isEqualTo("127.0.0.1");

    mock.stop(new PrintWriter(out, true));
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void mock_withLiftedLimits_saysSoAtStart() throws Exception {
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0", "--no-rate-limits");

    awaitUrl();

    assertThat(out.toString()).contains("Note: rate limits lifted");
    mock.stop(new PrintWriter(out, true));
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void mock_withScaledLimits_saysSoAtStart() throws Exception {
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0", "--rate-limit-scale", "2.5");

    awaitUrl();

    assertThat(out.toString()).contains("Note: rate limits scaled by 2.5");
    mock.stop(new PrintWriter(out, true));
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void mock_servesAFixturesFile() throws Exception {
    Path file = dir.resolve("world.json");
    Files.writeString(file, "{\"workspaces\":[{\"id\":\"wrk_1\",\"tokens\":[\"file-token\"],\"spaces\":[]}],\"catalogue\":[]}");
    MockCommand mock = new MockCommand();
    CompletableFuture<Integer> exit = runInBackground(mock, "--port", "0", "--fixtures", file.toString());

    URI baseUri = awaitUrl();

    assertThat(out.toString()).contains("file-token", file.toString()).doesNotContain("mock-token-workspace-a");
    assertThat(get(baseUri, "file-token").statusCode()).isEqualTo(404);
    mock.stop(new PrintWriter(out, true));
    assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void mock_missingFixturesFile_exitsTwoWithOneLine() {
    int exit = execute(new MockCommand(), "--port", "0", "--fixtures", dir.resolve("nope.json").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("nope.json").contains("does not exist").doesNotContain("Exception");
  }

  @Test
  void mock_brokenFixturesFile_exitsTwoNamingTheProblem() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"workspaces\":[{\"id\":\"wrk_1\",\"tokenz\":[]}]}");

    int exit = execute(new MockCommand(), "--port", "0", "--fixtures", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("tokenz").doesNotContain("Exception");
  }

  @Test
  void mock_inconsistentFixturesFile_exitsTwoNamingTheReference() throws IOException {
    Path file = dir.resolve("dangling.json");
    Files.writeString(file, "{\"workspaces\":[{\"id\":\"wrk_1\",\"tokens\":[\"t\"],\"spaces\":[{\"id\":\"spa_1\","
        + "\"connections\":[{\"id\":\"ii_1\",\"audienceId\":\"aud_missing\",\"destinationId\":\"dst_missing\"}]}]}]}");

    int exit = execute(new MockCommand(), "--port", "0", "--fixtures", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("aud_missing");
  }

  @Test
  void mock_portOutOfRange_exitsTwo() {
    int exit = execute(new MockCommand(), "--port", "70000");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("--port");
  }

  @Test
  void mock_portNotANumber_exitsTwo() {
    assertThat(ContractCli.run("mock", "--port", "eighty")).isEqualTo(2);
  }

  @Test
  void mock_unknownOption_exitsTwo() {
    assertThat(ContractCli.run("mock", "--colour", "blue")).isEqualTo(2);
  }

  @Test
  void mock_nonPositiveScale_exitsTwo() {
    int exit = execute(new MockCommand(), "--port", "0", "--rate-limit-scale", "0");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("scale");
  }

  @Test
  void mock_tokenWithSpaces_exitsTwo() {
    int exit = execute(new MockCommand(), "--port", "0", "--token", "two words");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).hasLineCount(1).contains("token");
  }

  @Test
  void mock_portInUse_exitsTwoWithOneLine() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int exit = execute(new MockCommand(), "--port", String.valueOf(taken.getLocalPort()));

      assertThat(exit).isEqualTo(2);
      assertThat(err.toString()).hasLineCount(1).contains("cannot listen").doesNotContain("Exception:");
    }
  }

  private int execute(MockCommand mock, String... args) {
    CommandLine commandLine = new CommandLine(mock);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private CompletableFuture<Integer> runInBackground(MockCommand mock, String... args) {
    return CompletableFuture.supplyAsync(() -> execute(mock, args));
  }

  /** The banner's last line ("Press Ctrl+C") is printed after the URL; wait for all of it. */
  private void awaitWholeBanner() throws InterruptedException {
    for (int i = 0; i < 100 && !out.toString().contains("Ctrl+C"); i++) {
      Thread.sleep(20);
    }
  }

  private URI awaitUrl() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      // the whole banner, not just its first line: the notes after the URL are printed a moment later
      String printed = out.toString();
      Matcher matcher = URL.matcher(printed);
      if (matcher.find() && printed.contains("Press Ctrl+C to stop.")) {
        return URI.create(matcher.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the mock printed no URL; stdout: " + out + " stderr: " + err);
  }

  private static HttpResponse<String> get(URI baseUri, String token) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(ACTIVATION))
        .header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(10))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
