package io.activations.contract.suite.check;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings and counts the checks that produced them, so a report can say both what failed
 * and how much was looked at. Not thread safe: one per exchange or case.
 */
public final class Tally {

  private final List<Finding> findings = new ArrayList<>();
  private int checks;

  /** Counts one check; adds an ERROR finding when it does not hold. Returns {@code holds}. */
  public boolean expect(boolean holds, String key, String location, String message) {
    checks++;
    if (!holds) {
      findings.add(Finding.error(key, location, message));
    }
    return holds;
  }

  /** Counts one check; adds a WARNING finding when it does not hold. */
  public boolean advise(boolean holds, String key, String location, String message) {
    checks++;
    if (!holds) {
      findings.add(Finding.warning(key, location, message));
    }
    return holds;
  }

  /** Counts one check whose findings come from elsewhere (the validator). */
  public void addChecked(Report report) {
    checks++;
    findings.addAll(report.findings());
  }

  public void add(Finding finding) {
    findings.add(finding);
  }

  public void addAll(Tally other) {
    findings.addAll(other.findings);
    checks += other.checks;
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  public int checks() {
    return checks;
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.level() == Level.ERROR);
  }

  public Report report() {
    return Report.of(findings);
  }
}
