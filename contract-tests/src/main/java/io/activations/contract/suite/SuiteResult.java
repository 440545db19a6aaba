package io.activations.contract.suite;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run found.
 *
 * @param target what was tested (never contains a token)
 * @param specSource where the spec came from
 * @param cases every case in the order it ran
 * @param coverage the operation x declared status matrix
 * @param notes remarks about the run itself (cases that could not be planned, long waits)
 * @param duration wall time of the run, planning included
 */
public record SuiteResult(String target, String specSource, List<CaseResult> cases, Coverage coverage, List<String> notes,
    Duration duration) {

  public SuiteResult {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(specSource, "specSource");
    cases = List.copyOf(cases);
    Objects.requireNonNull(coverage, "coverage");
    notes = List.copyOf(notes);
    Objects.requireNonNull(duration, "duration");
  }

  public long passed() {
    return count(CaseStatus.PASSED);
  }

  public long failed() {
    return count(CaseStatus.FAILED);
  }

  public long skipped() {
    return count(CaseStatus.SKIPPED);
  }

  public long checks() {
    return cases.stream().mapToLong(CaseResult::checks).sum();
  }

  public long requests() {
    return cases.stream().mapToLong(c -> c.exchanges().size()).sum();
  }

  public boolean allPassed() {
    return failed() == 0;
  }

  public List<CaseResult> failures() {
    return cases.stream().filter(CaseResult::failed).toList();
  }

  /** The cases with warnings (house rules a non-strict run on another server does not enforce, and advice). */
  public List<CaseResult> warned() {
    return cases.stream().filter(c -> !c.warnings().isEmpty()).toList();
  }

  /** The cases of each group, groups in the order they ran. */
  public Map<String, List<CaseResult>> byGroup() {
    Map<String, List<CaseResult>> groups = new LinkedHashMap<>();
    for (CaseResult result : cases) {
      groups.computeIfAbsent(result.group(), g -> new java.util.ArrayList<>()).add(result);
    }
    return groups;
  }

  /** {@code N passed, N failed} (and {@code , N skipped} when some were): the run's last line. */
  public String summaryLine() {
    String line = passed() + " passed, " + failed() + " failed";
    return skipped() > 0 ? line + ", " + skipped() + " skipped" : line;
  }

  private long count(CaseStatus status) {
    return cases.stream().filter(c -> c.status() == status).count();
  }
}
