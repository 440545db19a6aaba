package io.activations.contract.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies an ignore file: an entry that is still valid accepts the findings it matches; an expired
 * entry accepts nothing (its findings count again) and fails the gate; an entry that matched
 * nothing is reported so stale entries get cleaned up.
 */
final class IgnoreApplication {

  private final DiffOptions options;
  private final List<IgnoredFinding> ignored = new ArrayList<>();
  private final Set<IgnoreEntry> used = new LinkedHashSet<>();

  IgnoreApplication(DiffOptions options) {
    this.options = options;
  }

  /** The findings no valid entry accepts; the accepted ones are remembered for the result. */
  List<Finding> filter(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : findings) {
      IgnoreEntry match = null;
      for (IgnoreEntry entry : options.ignore().entries()) {
        if (entry.matches(finding)) {
          used.add(entry);
          if (match == null && !entry.isExpired(options.today())) {
            match = entry;
          }
        }
      }
      if (match == null) {
        kept.add(finding);
      } else {
        ignored.add(new IgnoredFinding(finding, match));
      }
    }
    return kept;
  }

  DiffResult result(String base, String revision, List<Finding> findings) {
    List<IgnoreEntry> unmatched = new ArrayList<>();
    List<IgnoreEntry> expired = new ArrayList<>();
    for (IgnoreEntry entry : options.ignore().entries()) {
      if (entry.isExpired(options.today())) {
        expired.add(entry);
      } else if (!used.contains(entry)) {
        unmatched.add(entry);
      }
    }
    return new DiffResult(base, revision, findings, ignored, unmatched, expired);
  }
}
