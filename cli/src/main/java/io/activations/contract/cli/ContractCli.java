package io.activations.contract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./contract}: one subcommand per job, exit codes as the architecture fixes them. */
@Command(
    name = "contract",
    mixinStandardHelpOptions = true,
    version = "contract 0.1.0",
    description = "Contract testing and code generation for the Activations API.",
    subcommands = {LintCommand.class, MockCommand.class, VerifyCommand.class, DiffCommand.class, GateCommand.class,
        GenerateCommand.class, PactCommand.class})
public final class ContractCli {

  /** Usage errors (unknown flag, missing argument, unreadable input) exit with this code. */
  public static final int USAGE_ERROR = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** A wrong flag or value: one line saying what is wrong and where to look, not the whole usage. */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    command.getErr().println("contract: " + ex.getMessage());
    command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
    return USAGE_ERROR;
  }

  /** Runs the command line without exiting, so tests can call it in-process. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new ContractCli());
    commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
    commandLine.setParameterExceptionHandler(ContractCli::usageError);
    return commandLine.execute(args);
  }
}
