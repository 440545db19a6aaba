package io.activations.contract.suite.internal.check;

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

  /**
   * Counts one check; adds a finding at the key's level when it does not hold. Returns {@code holds}.
   * Findings exist only under registered keys, so every one of them has a level and a provenance.
   */
  public boolean expect(boolean holds, FindingKey key, String location, String message) {
    return expectMember(holds, key, null, location, message);
  }

  /** Like {@link #expect}, for a family key ({@code selfcheck.validator.*}): {@code suffix} completes it. */
  public boolean expectMember(boolean holds, FindingKey family, String suffix, String location, String message) {
    checks++;
    if (!holds) {
      add(family, suffix, location, message);
    }
    return holds;
  }

  /** Counts one check whose findings come from elsewhere (the validator). */
  public void addChecked(Report report) {
    checks++;
    findings.addAll(report.findings());
  }

  /** Adds a finding without counting a check: a case that cannot go on, or a count worth reporting. */
  public void add(FindingKey key, String location, String message) {
    add(key, null, location, message);
  }

  private void add(FindingKey key, String suffix, String location, String message) {
    String reported = key.isFamily() ? key.reported(suffix) : key.reported();
    findings.add(new Finding(reported, key.level(), message, location));
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
