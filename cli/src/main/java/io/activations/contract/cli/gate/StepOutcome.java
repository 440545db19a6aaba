package io.activations.contract.cli.gate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one step of the gate found.
 *
 * @param step the step's name, as the summary's table and the JUnit test case show it
 * @param status passed, failed or skipped
 * @param headline one line: the counts, or why the step was skipped
 * @param problems one line per thing that failed the step (empty when it passed)
 * @param details Markdown the summary shows below the table for this step (tables of findings);
 *     may be empty
 * @param duration how long it took
 */
public record StepOutcome(String step, StepStatus status, String headline, List<String> problems, String details, Duration duration) {

  public StepOutcome {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(status, "status");
    headline = headline == null ? "" : headline;
    problems = List.copyOf(problems);
    details = details == null ? "" : details;
    Objects.requireNonNull(duration, "duration");
  }

  public static StepOutcome skipped(String step, String reason) {
    return new StepOutcome(step, StepStatus.SKIPPED, reason, List.of(), "", Duration.ZERO);
  }

  public boolean failed() {
    return status == StepStatus.FAILED;
  }
}
