package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/** Every 429 declares {@code Retry-After}: it is how a client knows when to try again. */
final class RetryAfterRule implements LintRule {

  static final String KEY = "lint.retryAfter.missing";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every 429 response declares Retry-After as a required header";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      for (DeclaredResponses.StatusResponse response : DeclaredResponses.of(context, site)) {
        if (response.status().equals("429")) {
          RateLimitHeadersRule.requireHeader(context, response, "Retry-After", KEY, findings);
        }
      }
    }
    return Report.of(findings);
  }
}
