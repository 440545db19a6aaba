package io.activations.contract.suite;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one case found.
 *
 * @param group the operation id (or scenario) the case belongs to
 * @param name what the case checks, unique within its group
 * @param status passed, failed or skipped
 * @param findings every finding of every exchange and of the case's own checks
 * @param exchanges every request the case sent, in order
 * @param checks how many individual checks were evaluated
 * @param duration wall time of the case
 * @param note why it was skipped, or empty
 */
public record CaseResult(
    String group,
    String name,
    CaseStatus status,
    List<Finding> findings,
    List<Exchange> exchanges,
    int checks,
    Duration duration,
    String note) {

  public CaseResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
    exchanges = List.copyOf(exchanges);
    Objects.requireNonNull(duration, "duration");
    note = note == null ? "" : note;
  }

  public boolean failed() {
    return status == CaseStatus.FAILED;
  }

  public List<Finding> errors() {
    return findings.stream().filter(f -> f.level() == Level.ERROR).toList();
  }

  /** Findings that do not fail the case unless the run is strict: advice, and house rules on another server. */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.level() == Level.WARNING).toList();
  }

  /** The distinct finding keys, in order of first appearance. */
  public List<String> keys() {
    return findings.stream().map(Finding::key).distinct().toList();
  }

  /** {@code group > name}: how the case is named in one line. */
  public String title() {
    return group + " > " + name;
  }

  @Override
  public String toString() {
    return Transcript.of(this);
  }
}
