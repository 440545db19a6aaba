package io.activations.contract.cli.gate;

import io.activations.contract.spec.Spec;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.ContractSuite;
import io.activations.contract.suite.EmbeddedMockTarget;
import io.activations.contract.suite.SuiteOptions;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.internal.report.SuiteReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The contract suite derived from the revision's document, against a fresh embedded mock serving
 * that same document (as {@code ./contract verify} does); its JUnit XML, JSON and Markdown reports go
 * to {@code reportDir}.
 */
final class SuiteStep {

  static final String NAME = "contract suite";
  private static final int MAX_LISTED = 20;

  StepOutcome run(Spec revision, Path reportDir) {
    SuiteResult result;
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start(revision)) {
      result = ContractSuite.forTarget(target).withSpec(revision).withOptions(SuiteOptions.defaults()).run();
    }
    try {
      SuiteReports.writeAll(result, reportDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the suite's reports to " + reportDir, e);
    }
    List<String> problems = result.failures().stream().map(SuiteStep::line).toList();
    StringBuilder details = new StringBuilder();
    if (!problems.isEmpty()) {
      details.append("| case | finding keys |\n|---|---|\n");
      for (CaseResult failure : result.failures().stream().limit(MAX_LISTED).toList()) {
        details.append("| ").append(MarkdownCells.cell(failure.title())).append(" | ")
            .append(MarkdownCells.code(String.join(", ", failure.keys()))).append(" |\n");
      }
      if (problems.size() > MAX_LISTED) {
        details.append("\nand ").append(problems.size() - MAX_LISTED).append(" more; see the suite's report.\n");
      }
    }
    return new StepOutcome(NAME, result.allPassed() ? StepStatus.PASSED : StepStatus.FAILED,
        result.summaryLine() + " (" + result.checks() + " checks against the embedded mock)", problems, details.toString(), Duration.ZERO);
  }

  private static String line(CaseResult failure) {
    return failure.title() + ": " + String.join(", ", failure.keys());
  }
}
