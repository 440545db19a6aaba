package io.activations.contract.gate;

import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loads a document named on the command line: a file, or {@code REF:PATH} for the file at a git
 * revision of the repository in {@code directory} ({@code origin/main:spec/activations.yaml}),
 * read with {@code git show}. A file that exists wins over the {@code REF:PATH} reading.
 */
public final class SpecSource {

  private static final long GIT_TIMEOUT_SECONDS = 60;

  private SpecSource() {}

  public static Spec load(String argument, Path directory) throws SpecLoadException {
    Path file = directory.resolve(argument);
    int colon = argument.indexOf(':');
    if (Files.exists(file) || colon <= 0 || colon == argument.length() - 1) {
      return Spec.load(file);
    }
    return Spec.parse(gitShow(argument, directory), argument);
  }

  private static String gitShow(String revisionAndPath, Path directory) throws SpecLoadException {
    Process process;
    try {
      process = new ProcessBuilder("git", "show", revisionAndPath).directory(directory.toFile()).start();
    } catch (IOException e) {
      throw new SpecLoadException(revisionAndPath, List.of("cannot run git: " + e.getMessage()));
    }
    try {
      process.getOutputStream().close();
      byte[] err = new byte[0];
      String text;
      try (var out = process.getInputStream(); var errors = process.getErrorStream()) {
        text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        err = errors.readAllBytes();
      }
      if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new SpecLoadException(revisionAndPath, List.of("git show did not finish"));
      }
      if (process.exitValue() != 0) {
        String reason = new String(err, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("git show failed");
        throw new SpecLoadException(revisionAndPath, List.of("not a file, and git cannot read it as REF:PATH: " + reason));
      }
      return text;
    } catch (IOException e) {
      throw new SpecLoadException(revisionAndPath, List.of("cannot read git's output: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpecLoadException(revisionAndPath, List.of("interrupted while reading git's output"));
    }
  }
}
