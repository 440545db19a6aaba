package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ./contract mock} as a real process: SIGTERM stops it cleanly and releases the port. */
class MockCommandSignalTest {

  private static final Pattern URL = Pattern.compile("listening on (http://\\S+)");

  @Test
  void sigterm_stopsTheMockCleanly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ContractCli.class.getName(), "mock", "--port", "0")
        .redirectError(ProcessBuilder.Redirect.PIPE)
        .start();
    try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      URI baseUri = readUrl(stdout);
      assertThat(accepts(baseUri)).isTrue();

      process.toHandle().destroy(); // SIGTERM on Unix; unlike Process.destroy it leaves the pipes open

      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the mock exits after SIGTERM").isTrue();
      String rest = stdout.lines().reduce("", (a, b) -> a + b + "\n");
      String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(rest).contains("mock stopped");
      assertThat(stderr).doesNotContain("Exception");
      assertThat(accepts(baseUri)).as("the port is released").isFalse();
    } finally {
      process.destroyForcibly();
    }
  }

  private static URI readUrl(BufferedReader stdout) throws IOException {
    String line;
    while ((line = stdout.readLine()) != null) {
      Matcher matcher = URL.matcher(line);
      if (matcher.find()) {
        return URI.create(matcher.group(1));
      }
    }
    throw new AssertionError("the mock exited without printing its URL");
  }

  private static boolean accepts(URI baseUri) throws IOException {
    try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
      return socket.isConnected();
    } catch (ConnectException refused) {
      return false;
    }
  }
}
