package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Every 429 declares {@code Retry-After}: it is how a client knows when to try again. Declared, not
 * necessarily required: the vendor sends it only when the token is rate limited, and the reset
 * header is the fallback.
 */
final class RetryAfterRule implements LintRule {

  static final String KEY = "lint.retryAfter.missing";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every 429 response declares Retry-After";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      for (DeclaredResponses.StatusResponse response : DeclaredResponses.of(context, site)) {
        if (response.status().equals("429")) {
          if (response.header(context, "Retry-After").isEmpty()) {
            findings.add(context.finding(KEY, response.definition(), "status 429 does not declare header Retry-After"));
          }
        }
      }
    }
    return Report.of(findings);
  }
}
