package io.activations.contract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the verify command lands; it refuses to run rather than pretend. */
@Command(name = "verify", description = "Not available yet.")
final class VerifyCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("contract verify: not available in this build");
    return ContractCli.USAGE_ERROR;
  }
}
