package io.activations.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activations.contract.spec.SpecLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents named as files or as {@code REF:PATH} in a throwaway git repository. */
class SpecSourceTest {

  @TempDir
  Path repo;

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }

  @Test
  void refAndPath_readsTheFileAtThatRevision() throws Exception {
    Files.createDirectories(repo.resolve("spec"));
    Files.writeString(repo.resolve("spec/api.yaml"), ThingsFixture.text(ThingsFixture.DEFAULT_PROBE, List.of()));
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "first");
    Files.writeString(repo.resolve("spec/api.yaml"),
        ThingsFixture.text(ThingsFixture.DEFAULT_PROBE, List.of(ThingsFixture.edit("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 5"))));

    DiffResult result = ApiDiff.compare(SpecSource.load("HEAD:spec/api.yaml", repo), SpecSource.load("spec/api.yaml", repo),
        DiffOptions.builder().today(ThingsFixture.TODAY).build());

    assertThat(result.findings("rate-limit-lowered")).hasSize(1);
    assertThatThrownBy(() -> SpecSource.load("HEAD:spec/missing.yaml", repo)).isInstanceOf(SpecLoadException.class)
        .hasMessageContaining("git cannot read it as REF:PATH");
    assertThatThrownBy(() -> SpecSource.load("missing.yaml", repo)).hasMessageContaining("no such file");
  }
}
