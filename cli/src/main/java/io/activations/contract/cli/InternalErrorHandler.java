package io.activations.contract.cli;

import picocli.CommandLine;

/**
 * Turns an exception no command caught into one line on stderr instead of a stack trace
 * ({@code CONTRACT_DEBUG=1} shows it). Commands answer user mistakes themselves (exit 2), so what
 * reaches here is a bug: exit 1 with a message that says so, not a "usage error".
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {

  /** A bug fails the run like a contract failure would; the message tells them apart. */
  static final int INTERNAL_ERROR = 1;

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    commandLine.getErr().println("contract: internal error: " + ex + " (a bug; CONTRACT_DEBUG=1 shows where)");
    if ("1".equals(System.getenv("CONTRACT_DEBUG"))) {
      ex.printStackTrace(commandLine.getErr());
    }
    return INTERNAL_ERROR;
  }
}
