package io.activations.contract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./contract pact}: consumer-driven contracts (check pacts against the spec, verify them, publish them). */
@Command(
    name = "pact",
    mixinStandardHelpOptions = true,
    description = "Consumer-driven contracts with Pact: check pact files against the spec, verify them, publish them.",
    subcommands = {PactCheckCommand.class, PactVerifyCommand.class, PactPublishCommand.class})
final class PactCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandSpec command;

  /** {@code pact} alone is a usage error: it needs one of its subcommands. */
  @Override
  public Integer call() {
    command.commandLine().getErr().println("contract pact: name a subcommand: check, verify or publish");
    command.commandLine().getErr().println("Try 'contract pact --help'.");
    return ContractCli.USAGE_ERROR;
  }
}
