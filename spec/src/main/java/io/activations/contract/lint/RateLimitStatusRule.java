package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/** Every operation is rate limited, so every operation declares the 429 a client must handle. */
final class RateLimitStatusRule implements LintRule {

  static final String KEY = "lint.rateLimit.status";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every operation declares a 429 response";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      if (!site.node().node().path("responses").has("429")) {
        findings.add(context.finding(KEY, site.node().child("responses"), site.name() + " does not declare 429"));
      }
    }
    return Report.of(findings);
  }
}
