package io.activations.contract.cli.gate;

import java.time.Duration;
import java.util.Locale;

/**
 * The gate's Markdown summary, written to be posted as one pull-request comment: a verdict line, a
 * table of the steps, then what each failed or noteworthy step found.
 */
public final class GateSummaryRenderer {

  public String render(GateResult result) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(result.passed() ? StepStatus.PASSED.icon() + " Contract gate passed"
        : StepStatus.FAILED.icon() + " Contract gate failed: " + result.failedSteps() + " of " + result.steps().size() + " steps")
        .append("\n\n");
    md.append("Base ").append(MarkdownCells.code(result.base())).append(", revision ").append(MarkdownCells.code(result.revision()))
        .append(", ").append(seconds(result.duration())).append(".\n\n");
    md.append("| step | result | |\n|---|---|---|\n");
    for (StepOutcome step : result.steps()) {
      md.append("| ").append(step.status().icon()).append(' ').append(MarkdownCells.cell(step.step()))
          .append(" | ").append(step.status().word())
          .append(" | ").append(MarkdownCells.cell(step.headline())).append(" |\n");
    }
    for (StepOutcome step : result.steps()) {
      if (step.details().isBlank() && step.problems().isEmpty()) {
        continue;
      }
      md.append("\n### ").append(step.status().icon()).append(' ').append(step.step()).append("\n\n");
      if (!step.details().isBlank()) {
        md.append(step.details().strip()).append("\n");
      } else {
        step.problems().forEach(problem -> md.append("- ").append(MarkdownCells.cell(problem)).append('\n'));
      }
    }
    return md.toString();
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
