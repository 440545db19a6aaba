package io.activations.contract.lint;

import io.activations.contract.report.Report;

/** One house rule of the Activations contract, checked against a loaded spec. */
public interface LintRule {

  /** The stable key of every finding the rule reports, e.g. {@code lint.retryAfter.missing}. */
  String key();

  /** One sentence: what the rule demands. */
  String description();

  Report check(LintContext context);
}
