package io.activations.contract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the lint command lands; it refuses to run rather than pretend. */
@Command(name = "lint", description = "Not available yet.")
final class LintCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("contract lint: not available in this build");
    return ContractCli.USAGE_ERROR;
  }
}
