package io.activations.contract.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandRunnerTest {

  @TempDir
  Path dir;

  @Test
  void require_missingToolchain_failsWithTheCommandThatInstallsIt() {
    assertThatThrownBy(() -> CommandRunner.require("no-such-compiler-here", GoToolchain.INSTALL_GO))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-such-compiler-here is not installed")
        .hasMessageContaining("apt-get update && apt-get install -y golang-go");
  }

  @Test
  void require_installedTool_isFoundOnThePath() {
    assertThat(CommandRunner.require("sh", "apt-get install -y dash")).isExecutable();
  }

  @Test
  void succeeded_failedCommand_failsWithWhatItPrinted() throws Exception {
    CommandRunner.Result result = CommandRunner.run(dir, Map.of("GREETING", "hello"), Duration.ofSeconds(30),
        List.of("sh", "-c", "echo \"$GREETING on stdout\"; echo broken >&2; exit 3"));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThatThrownBy(result::succeeded)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("exited with 3")
        .hasMessageContaining("hello on stdout")
        .hasMessageContaining("broken");
  }

  @Test
  void succeeded_passingCommand_keepsItsOutput() throws Exception {
    CommandRunner.Result result = CommandRunner.run(dir, Map.of(), Duration.ofSeconds(30), List.of("sh", "-c", "echo ok"))
        .succeeded();

    assertThat(result.stdout()).isEqualTo("ok\n");
  }
}
