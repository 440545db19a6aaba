package io.activations.contract.clients;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a toolchain's command (compiler, package manager, compiled program) and keeps what it printed. */
final class CommandRunner {

  /** What a finished command printed, and how it ended. */
  record Result(List<String> command, int exitCode, String stdout, String stderr) {

    /** Fails the test with the command and everything it printed unless it exited with 0. */
    Result succeeded() {
      if (exitCode != 0) {
        fail("%s exited with %d%nstdout:%n%s%nstderr:%n%s", String.join(" ", command), exitCode, stdout, stderr);
      }
      return this;
    }
  }

  private CommandRunner() {}

  static Result run(Path directory, Map<String, String> environment, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    Path stdout = Files.createTempFile("command-", ".out");
    Path stderr = Files.createTempFile("command-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        fail("%s did not finish within %s%nstdout:%n%s%nstderr:%n%s", String.join(" ", command), timeout,
            read(stdout), read(stderr));
      }
      return new Result(List.copyOf(command), process.exitValue(), read(stdout), read(stderr));
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /**
   * The executable on the PATH. A missing toolchain fails the test with the command that installs
   * it: a client that was never compiled must not pass as one that was.
   */
  static Path require(String executable, String installCommand) {
    return find(executable).orElseGet(() -> fail("%s is not installed (not on the PATH); install it with: %s",
        executable, installCommand));
  }

  private static Optional<Path> find(String executable) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(directory, executable);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
