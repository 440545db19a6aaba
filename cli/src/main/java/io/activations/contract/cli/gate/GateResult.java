package io.activations.contract.cli.gate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of every step of one gate run.
 *
 * @param base the base revision, as given ({@code origin/main})
 * @param revision what was judged (the spec file of the working tree)
 * @param steps the steps in the order they ran
 * @param duration the whole run
 */
public record GateResult(String base, String revision, List<StepOutcome> steps, Duration duration) {

  public GateResult {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(revision, "revision");
    steps = List.copyOf(steps);
    Objects.requireNonNull(duration, "duration");
  }

  public boolean passed() {
    return steps.stream().noneMatch(StepOutcome::failed);
  }

  public long failedSteps() {
    return steps.stream().filter(StepOutcome::failed).count();
  }
}
