package io.activations.contract.cli.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A git repository made for one test, in a folder the test owns: files are written and committed
 * with the real git command line, as a pull request's history would be.
 */
public final class ThrowawayRepository {

  private final Path root;

  private ThrowawayRepository(Path root) {
    this.root = root;
  }

  /** {@code git init} in {@code root}, with a committer of its own (the machine's git config is not needed). */
  public static ThrowawayRepository init(Path root) throws IOException {
    ThrowawayRepository repository = new ThrowawayRepository(Files.createDirectories(root));
    repository.git("init", "-q", "-b", "main");
    repository.git("config", "user.email", "gate-test@example.invalid");
    repository.git("config", "user.name", "Gate Test");
    repository.git("config", "commit.gpgsign", "false");
    return repository;
  }

  public Path root() {
    return root;
  }

  public Path file(String relative) {
    return root.resolve(relative);
  }

  /** Writes {@code text} to {@code relative} and commits it with {@code message}. */
  public void commit(String relative, String text, String message) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    git("add", relative);
    git("commit", "-q", "-m", message);
  }

  /** Runs git in the repository; fails the test with git's own words when git fails. */
  public String git(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + output);
      }
      return output;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
