package io.activations.contract.cli.gate;

import io.activations.contract.gate.client.ClientCauses;
import io.activations.contract.gate.client.ClientCompatibility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the gate's steps in order, each timed; a step that throws fails with its message rather than
 * stopping the others, so one run reports everything a reviewer needs.
 */
public final class GateRun {

  private final GateInputs inputs;
  private final Consumer<StepOutcome> progress;

  /** {@code progress} hears of each step as it ends. */
  public GateRun(GateInputs inputs, Consumer<StepOutcome> progress) {
    this.inputs = inputs;
    this.progress = progress;
  }

  /** Lint, breaking changes, regenerate and compile, client compatibility (reusing that build), contract suite, pacts. */
  public GateResult run() {
    long start = System.nanoTime();
    ClientCompatibility clients = new ClientCompatibility(inputs.reportDir().resolve("clients"));
    List<StepOutcome> steps = new ArrayList<>();
    steps.add(timed(LintStep.NAME, () -> new LintStep().run(inputs.revision())));
    DiffStep diff = new DiffStep();
    steps.add(timed(DiffStep.NAME, () -> diff.run(inputs.base(), inputs.revision(), inputs.diffOptions())));
    steps.add(timed(CompileStep.NAME, () -> new CompileStep().run(clients, inputs.revision())));
    steps.add(timed(ClientStep.NAME, () -> new ClientStep().run(clients, inputs.base(), inputs.revision(),
        ClientCauses.from(diff.findings()))));
    steps.add(timed(SuiteStep.NAME, () -> new SuiteStep().run(inputs.revision(), inputs.reportDir().resolve("suite"))));
    steps.add(timed(PactStep.NAME, () -> new PactStep().run(inputs.revision(), inputs.pacts())));
    return new GateResult(inputs.baseRef(), inputs.revisionFile().toString(), steps, Duration.ofNanos(System.nanoTime() - start));
  }

  private StepOutcome timed(String name, Supplier<StepOutcome> step) {
    long start = System.nanoTime();
    StepOutcome outcome;
    try {
      outcome = step.get();
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      outcome = new StepOutcome(name, StepStatus.FAILED, "could not run: " + reason, List.of(reason), "", Duration.ZERO);
    }
    StepOutcome finished = new StepOutcome(outcome.step(), outcome.status(), outcome.headline(), outcome.problems(), outcome.details(),
        Duration.ofNanos(System.nanoTime() - start));
    progress.accept(finished);
    return finished;
  }
}
