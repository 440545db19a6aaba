package io.activations.contract.cli.gate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A file as a git revision has it ({@code git show REF:./NAME}, run in the file's folder, so the path
 * is the working tree's and the repository can be anywhere). Every way it can fail (no git, not a
 * repository, unknown revision, no such file at that revision) is one line for the user.
 */
public final class GitRevisionFile {

  private static final long TIMEOUT_SECONDS = 60;

  private GitRevisionFile() {}

  /**
   * Writes {@code file} as revision {@code ref} has it into {@code target}.
   *
   * @throws IllegalArgumentException with a one-line reason when git cannot give it
   */
  public static Path copy(String ref, Path file, Path target) {
    if (ref == null || ref.isBlank() || ref.startsWith("-")) {
      throw new IllegalArgumentException("not a git revision: '" + ref + "'");
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no folder " + folder + " to read " + file + " from git in");
    }
    String spec = ref.strip() + ":./" + absolute.getFileName();
    ProcessBuilder builder = new ProcessBuilder(List.of("git", "-C", folder.toString(), "show", spec)).redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Process git = builder.start();
      git.getOutputStream().close();
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(git.getErrorStream()));
      Files.copy(git.getInputStream(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        throw new IllegalArgumentException("git show " + spec + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      if (git.exitValue() != 0) {
        String reason = new String(errors.join(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("exit " + git.exitValue());
        throw new IllegalArgumentException("cannot read " + file + " at revision " + ref + ": " + reason.replaceFirst("^fatal: ", ""));
      }
      return target;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot run git to read " + file + " at revision " + ref + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalArgumentException("interrupted while reading " + file + " at revision " + ref);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
