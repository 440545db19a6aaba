package io.activations.contract.mock.internal;

import io.activations.contract.report.Finding;
import java.util.List;

/** A request the spec's validator rejected: answered with 422 and one error per finding. */
final class ValidationFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  ValidationFailure(List<Finding> findings) {
    super(findings.size() + " validation findings", null, false, false);
    this.findings = List.copyOf(findings);
  }

  List<Finding> findings() {
    return findings;
  }
}
