package io.activations.contract.gate;

import java.util.ArrayList;
import java.util.List;

/** Collects findings in the order the walk meets them; one per comparison, never shared. */
final class FindingSink {

  private final List<Finding> findings = new ArrayList<>();

  void add(Finding finding) {
    findings.add(finding);
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
