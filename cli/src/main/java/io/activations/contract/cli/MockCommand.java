package io.activations.contract.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the mock command lands; it refuses to run rather than pretend. */
@Command(name = "mock", description = "Not available yet.")
final class MockCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("contract mock: not available in this build");
    return ContractCli.USAGE_ERROR;
  }
}
