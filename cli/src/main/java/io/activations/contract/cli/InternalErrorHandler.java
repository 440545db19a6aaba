package io.activations.contract.cli;

import picocli.CommandLine;

/**
 * Turns an unexpected exception into one line on stderr and exit code 2, so a user mistake that
 * slipped past a command's own checks never prints a stack trace. {@code CONTRACT_DEBUG=1} shows it.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println("contract: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
    if ("1".equals(System.getenv("CONTRACT_DEBUG"))) {
      ex.printStackTrace(commandLine.getErr());
    }
    return ContractCli.USAGE_ERROR;
  }
}
