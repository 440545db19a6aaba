package io.activations.contract.cli.gate;

import io.activations.contract.gate.client.ClientCompatibility;
import io.activations.contract.gate.client.CompiledClient;
import io.activations.contract.spec.Spec;
import java.time.Duration;

/**
 * Regenerates the Java client from the revision's document (in the JVM, the settings of
 * {@code generator/}) and compiles it. The build is kept: the client check that follows compares it
 * with the base's client without building it again.
 */
final class CompileStep {

  static final String NAME = "regenerate and compile";

  StepOutcome run(ClientCompatibility clients, Spec revision) {
    CompiledClient client = clients.build(revision);
    if (client.compiled()) {
      return new StepOutcome(NAME, StepStatus.PASSED, client.sourceFiles() + " Java sources generated and compiled",
          java.util.List.of(), "", Duration.ZERO);
    }
    String details = "```\n" + String.join("\n", client.errors()) + "\n```\n";
    return new StepOutcome(NAME, StepStatus.FAILED, "the generated client does not compile: " + client.errors().size()
        + (client.errors().size() == 1 ? " error" : " errors"), client.errors(), details, Duration.ZERO);
  }
}
