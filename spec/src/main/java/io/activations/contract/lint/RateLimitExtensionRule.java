package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.RateLimit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every operation states its limit in {@code x-rate-limit-per-minute}: a positive integer, or
 * {@code default} for the account's unpublished default limit. The mock and the suite pace
 * themselves by it.
 */
final class RateLimitExtensionRule implements LintRule {

  static final String KEY = "lint.rateLimit.extension";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every operation has " + RateLimit.EXTENSION + ": a positive integer or \"default\"";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      JsonNode value = site.node().node().get(RateLimit.EXTENSION);
      if (value == null) {
        findings.add(context.finding(KEY, site.node(), site.name() + " has no " + RateLimit.EXTENSION));
      } else if (!valid(value)) {
        findings.add(context.finding(KEY, site.node().child(RateLimit.EXTENSION),
            site.name() + ": " + RateLimit.EXTENSION + " is " + value + "; expected a positive integer or \"default\""));
      }
    }
    return Report.of(findings);
  }

  private static boolean valid(JsonNode value) {
    return (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() > 0)
        || (value.isTextual() && RateLimit.DEFAULT_VALUE.equals(value.asText()));
  }
}
