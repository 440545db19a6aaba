package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class InternalErrorHandlerTest {

  @Command(name = "broken")
  static final class BrokenCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      Object missing = null;
      return missing.hashCode();
    }
  }

  @Test
  void aBugEscapingACommand_exits1AsAnInternalError_notAsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new BrokenCommand());
    commandLine.setErr(new PrintWriter(err, true));
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());

    int exit = commandLine.execute();

    assertThat(exit).isEqualTo(1).isNotEqualTo(ContractCli.USAGE_ERROR);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("contract: internal error: java.lang.NullPointerException").contains("a bug");
    assertThat(err.toString()).doesNotContain("\tat ");
  }
}
