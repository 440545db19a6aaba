package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractCliTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStderr() {
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(originalErr);
  }

  @Test
  void unknownFlag_isAUsageErrorInTwoLines() {
    int exit = ContractCli.run("verify", "--no-such-flag");

    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).isEqualTo(2);
    assertThat(stderr).contains("Unknown option: '--no-such-flag'").contains("Try 'contract verify --help'.");
    assertThat(stderr.lines()).hasSize(2);
    assertThat(stderr).doesNotContain("Usage:");
  }

  @Test
  void unknownCommand_isAUsageError() {
    int exit = ContractCli.run("deploy");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("deploy").contains("Try 'contract --help'.");
  }
}
