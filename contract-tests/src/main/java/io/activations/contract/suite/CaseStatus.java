package io.activations.contract.suite;

/** The outcome of one contract case. */
public enum CaseStatus {
  PASSED,
  FAILED,
  /** Not run: the options exclude it (read-only, no burst) or an earlier step it builds on failed. */
  SKIPPED
}
