package io.activations.contract.suite.internal.report;

import io.activations.contract.report.Finding;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.Coverage;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.Transcript;
import io.activations.contract.suite.internal.check.FindingKey;
import java.util.Locale;

/** The report a reviewer reads in a pull request: summary, table per operation, coverage, failures in full. */
final class MarkdownRenderer implements SuiteRenderer {

  @Override
  public String fileName() {
    return "contract-report.md";
  }

  @Override
  public String render(SuiteResult result) {
    StringBuilder md = new StringBuilder("# Activations API contract report\n\n");
    md.append("Target: `").append(result.target()).append("`  \nSpec: `").append(result.specSource()).append("`\n\n");
    md.append(String.format(Locale.ROOT, "**%s** (%d cases, %d checks, %d requests, %.2f s)%n%n",
        result.summaryLine(), result.cases().size(), result.checks(), result.requests(), result.duration().toNanos() / 1e9));
    md.append("| operation | cases | passed | failed | skipped |\n|---|---:|---:|---:|---:|\n");
    for (GroupRow row : GroupRow.of(result)) {
      md.append("| ").append(row.group()).append(" | ").append(row.cases()).append(" | ").append(row.passed()).append(" | ")
          .append(row.failed()).append(" | ").append(row.skipped()).append(" |\n");
    }
    md.append("\n## Coverage of declared statuses\n\n").append(coverage(result.coverage()));
    if (!result.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      result.notes().forEach(note -> md.append("- ").append(note).append('\n'));
    }
    if (!result.failures().isEmpty()) {
      md.append("\n## Failures\n");
      for (CaseResult failure : result.failures()) {
        md.append("\n### ").append(escape(failure.title())).append("\n\n");
        for (Finding finding : failure.findings()) {
          md.append("- ").append(finding.level()).append(" `").append(finding.key()).append("` (")
              .append(FindingKey.provenanceOf(finding.key()).label()).append(')')
              .append(finding.location().isEmpty() ? "" : " at `" + finding.location() + "`").append(": ")
              .append(escape(finding.message())).append('\n');
        }
        md.append("\n```text\n").append(Transcript.of(failure).replace("```", "'''")).append("```\n");
      }
    }
    if (!result.warned().isEmpty()) {
      md.append("\n## Warnings\n\nThey do not fail the run; `--strict` makes them failures.\n\n");
      for (CaseResult warned : result.warned()) {
        for (Finding finding : warned.warnings()) {
          md.append("- ").append(escape(warned.title())).append(": `").append(finding.key()).append("` (")
              .append(FindingKey.provenanceOf(finding.key()).label()).append(')')
              .append(finding.location().isEmpty() ? "" : " at `" + finding.location() + "`").append(": ")
              .append(escape(finding.message())).append('\n');
        }
      }
    }
    return md.toString();
  }

  private static String coverage(Coverage coverage) {
    StringBuilder md = new StringBuilder("| operation |");
    coverage.columns().forEach(status -> md.append(' ').append(status).append(" |"));
    md.append("\n|---|");
    coverage.columns().forEach(status -> md.append(":---:|"));
    md.append('\n');
    for (Coverage.OperationCoverage row : coverage.operations()) {
      md.append("| ").append(row.operationId()).append(" |");
      for (int status : coverage.columns()) {
        md.append(' ').append(!row.declared().contains(status) ? "" : row.exercised(status) ? "✓" : "✗ not exercised").append(" |");
      }
      md.append('\n');
    }
    md.append("\n✓ exercised, ✗ declared but never seen, blank: not declared.\n");
    return md.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
