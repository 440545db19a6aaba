package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every 200 and 429 declares the rate-limit headers as required, so clients (and the suite) can
 * pace themselves by them.
 */
final class RateLimitHeadersRule implements LintRule {

  static final String KEY = "lint.rateLimit.headers";
  static final List<String> HEADERS = List.of("X-RateLimit-Consumed", "X-RateLimit-Remaining", "X-RateLimit-Reset");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every 200 and 429 response declares " + String.join(", ", HEADERS) + " as required headers";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      for (DeclaredResponses.StatusResponse response : DeclaredResponses.of(context, site)) {
        if (response.status().equals("200") || response.status().equals("429")) {
          for (String name : HEADERS) {
            requireHeader(context, response, name, KEY, findings);
          }
        }
      }
    }
    return Report.of(findings);
  }

  /** Reports a header that is not declared, or declared but not required. */
  static void requireHeader(LintContext context, DeclaredResponses.StatusResponse response, String name, String key,
      List<Finding> findings) {
    Optional<Located> header = response.header(context, name);
    if (header.isEmpty()) {
      findings.add(context.finding(key, response.definition(), "status " + response.status() + " does not declare header " + name));
    } else if (!header.get().node().path("required").asBoolean(false)) {
      findings.add(context.finding(key, header.get(), "header " + name + " must be declared with required: true"));
    }
  }
}
