package io.activations.contract.cli;

import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.CaseStatus;
import io.activations.contract.suite.SuiteListener;
import java.io.PrintWriter;
import java.util.Locale;

/** One line per operation as the suite finishes it, so a long run against a real server shows where it is. */
final class VerifyProgress implements SuiteListener {

  private final PrintWriter out;
  private long started;
  private int passed;
  private int failed;
  private int skipped;

  VerifyProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void groupStarted(String group, int plannedCases) {
    started = System.nanoTime();
    passed = 0;
    failed = 0;
    skipped = 0;
  }

  @Override
  public void caseFinished(CaseResult result) {
    if (result.status() == CaseStatus.PASSED) {
      passed++;
    } else if (result.status() == CaseStatus.FAILED) {
      failed++;
    } else {
      skipped++;
    }
  }

  @Override
  public void groupFinished(String group) {
    String dots = ".".repeat(Math.max(2, 40 - group.length()));
    out.printf(Locale.ROOT, "  %s %s %3d passed%s%s  (%.2f s)%n", group, dots, passed, failed > 0 ? ", " + failed + " FAILED" : "",
        skipped > 0 ? ", " + skipped + " skipped" : "", (System.nanoTime() - started) / 1e9);
    out.flush();
  }

  @Override
  public void note(String message) {
    out.println("  note: " + message);
    out.flush();
  }
}
