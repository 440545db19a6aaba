package io.activations.contract.gate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gate found between two documents: the findings that count, those an ignore entry
 * accepted (with its reason), the entries that matched nothing, and the entries past their expiry
 * (which fail the gate). Immutable; render it with a {@link DiffRenderer}.
 */
public record DiffResult(
    String base,
    String revision,
    List<Finding> findings,
    List<IgnoredFinding> ignored,
    List<IgnoreEntry> unmatchedIgnores,
    List<IgnoreEntry> expiredIgnores) {

  public DiffResult {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(revision, "revision");
    findings = List.copyOf(findings);
    ignored = List.copyOf(ignored);
    unmatchedIgnores = List.copyOf(unmatchedIgnores);
    expiredIgnores = List.copyOf(expiredIgnores);
  }

  /** The most severe level among the findings that count, if any. */
  public Optional<Level> highestLevel() {
    return findings.stream().map(Finding::level).min(Comparator.naturalOrder());
  }

  /** At least one finding at ERR. */
  public boolean isBreaking() {
    return findings.stream().anyMatch(Finding::isBreaking);
  }

  /** The gate fails: a finding at {@code failOn} or worse, or an expired ignore entry. */
  public boolean fails(Level failOn) {
    return !expiredIgnores.isEmpty() || findings.stream().anyMatch(f -> f.level().atLeast(failOn));
  }

  public long count(Level level) {
    return findings.stream().filter(f -> f.level() == level).count();
  }

  /** The findings of one rule, for tests and callers that look for one kind of change. */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
