package io.activations.contract.report;

/** How much a finding matters: only {@link #ERROR} fails a build or a request. */
public enum Level {
  ERROR,
  WARNING,
  INFO
}
