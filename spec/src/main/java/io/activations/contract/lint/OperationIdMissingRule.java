package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/** Every operation has an operationId: generators name methods after it and the suite keys on it. */
final class OperationIdMissingRule implements LintRule {

  static final String KEY = "lint.operationId.missing";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every operation has an operationId";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      String id = site.operation().operationId();
      if (id == null || id.isBlank()) {
        findings.add(context.finding(KEY, site.node(), site.operation().describe() + " has no operationId"));
      }
    }
    return Report.of(findings);
  }
}
