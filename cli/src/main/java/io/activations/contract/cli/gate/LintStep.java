package io.activations.contract.cli.gate;

import io.activations.contract.lint.Linter;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import java.time.Duration;
import java.util.List;

/** The house rules on the revision's document (the linter of {@code spec}); errors fail the gate, warnings are listed. */
final class LintStep {

  static final String NAME = "lint";

  StepOutcome run(Spec revision) {
    Report report = new Linter().lint(revision);
    long errors = report.errors().size();
    long warnings = report.warnings().size();
    String headline = errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    List<String> problems = report.errors().stream().map(LintStep::line).toList();
    StringBuilder details = new StringBuilder();
    List<Finding> shown = report.findings().stream().filter(f -> f.level() != Level.INFO).toList();
    if (!shown.isEmpty()) {
      details.append("| level | rule | location | finding |\n|---|---|---|---|\n");
      for (Finding f : shown) {
        details.append("| ").append(f.level()).append(" | ").append(MarkdownCells.code(f.key())).append(" | ")
            .append(MarkdownCells.code(f.location())).append(" | ").append(MarkdownCells.cell(f.message())).append(" |\n");
      }
    }
    return new StepOutcome(NAME, errors > 0 ? StepStatus.FAILED : StepStatus.PASSED, headline, problems, details.toString(), Duration.ZERO);
  }

  private static String line(Finding f) {
    return f.key() + (f.location().isEmpty() ? "" : " " + f.location()) + ": " + f.message();
  }
}
