package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** operationIds are unique: two operations with one id would get one generated method. */
final class OperationIdDuplicateRule implements LintRule {

  static final String KEY = "lint.operationId.duplicate";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "operationIds are unique";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<String, LintContext.OperationSite> first = new HashMap<>();
    for (LintContext.OperationSite site : context.operations()) {
      String id = site.operation().operationId();
      if (id == null || id.isBlank()) {
        continue;
      }
      LintContext.OperationSite earlier = first.putIfAbsent(id, site);
      if (earlier != null) {
        findings.add(context.finding(KEY, site.node(),
            "operationId '" + id + "' is already used by " + earlier.operation().describe()));
      }
    }
    return Report.of(findings);
  }
}
