package io.activations.contract.suite.internal.report;

import io.activations.contract.report.Finding;
import io.activations.contract.suite.Coverage;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.internal.check.FindingKey;
import java.util.Locale;

/**
 * What {@code ./contract verify} prints after the run: a table per operation, the coverage matrix
 * of operation x declared status ({@code ok} exercised, {@code --} declared but never seen, blank
 * not declared), the failures in short, and last the line {@code N passed, N failed}.
 */
public final class ConsoleRenderer implements SuiteRenderer {

  @Override
  public String fileName() {
    return "contract-report.txt";
  }

  @Override
  public String render(SuiteResult result) {
    StringBuilder text = new StringBuilder();
    int width = Math.max(10, GroupRow.of(result).stream().mapToInt(r -> r.group().length()).max().orElse(10));
    text.append(String.format(Locale.ROOT, "%n%-" + width + "s %6s %6s %6s %7s%n", "operation", "cases", "passed", "failed", "skipped"));
    for (GroupRow row : GroupRow.of(result)) {
      text.append(String.format(Locale.ROOT, "%-" + width + "s %6d %6d %6d %7d%n", row.group(), row.cases(), row.passed(), row.failed(), row.skipped()));
    }
    text.append('\n').append(matrix(result.coverage()));
    text.append(String.format(Locale.ROOT, "%d of %d declared statuses exercised; %d cases, %d checks, %d requests in %.2f s%n",
        result.coverage().declared() - result.coverage().missing(), result.coverage().declared(), result.cases().size(),
        result.checks(), result.requests(), result.duration().toNanos() / 1e9));
    result.notes().forEach(note -> text.append("note: ").append(note).append('\n'));
    if (!result.failures().isEmpty()) {
      text.append("\nfailures:\n");
      result.failures().forEach(failure -> {
        text.append("  ").append(failure.title()).append('\n');
        failure.errors().forEach(f -> line(text, f));
      });
    }
    if (!result.warned().isEmpty()) {
      text.append("\nwarnings (they do not fail the run; --strict makes them failures):\n");
      result.warned().forEach(warned -> {
        text.append("  ").append(warned.title()).append('\n');
        warned.warnings().forEach(f -> line(text, f));
      });
    }
    text.append(result.summaryLine()).append('\n');
    return text.toString();
  }

  private static void line(StringBuilder text, Finding finding) {
    text.append("    ").append(finding.key()).append(" [").append(FindingKey.provenanceOf(finding.key()).label()).append(']')
        .append(finding.location().isEmpty() ? "" : " at " + finding.location()).append(": ").append(finding.message()).append('\n');
  }

  static String matrix(Coverage coverage) {
    int width = Math.max(10, coverage.operations().stream().mapToInt(r -> r.operationId().length()).max().orElse(10));
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "coverage"));
    coverage.columns().forEach(status -> text.append(String.format(Locale.ROOT, " %4d", status)));
    text.append('\n');
    for (Coverage.OperationCoverage row : coverage.operations()) {
      text.append(String.format(Locale.ROOT, "%-" + width + "s", row.operationId()));
      for (int status : coverage.columns()) {
        String cell = !row.declared().contains(status) ? "" : row.exercised(status) ? "ok" : "--";
        text.append(String.format(Locale.ROOT, " %4s", cell));
      }
      if (!row.undeclaredSeen().isEmpty()) {
        text.append("  undeclared seen: ").append(row.undeclaredSeen());
      }
      text.append('\n');
    }
    return text.toString();
  }
}
