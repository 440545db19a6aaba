package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Every operation requires credentials, through its own {@code security} or the document's: the
 * API has no anonymous operation, and a requirement left out makes clients send no token.
 */
final class SecurityUnappliedRule implements LintRule {

  static final String KEY = "lint.security.unapplied";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every operation requires a security scheme (its own security or the global one)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    JsonNode global = context.document().path("security");
    for (LintContext.OperationSite site : context.operations()) {
      JsonNode own = site.node().node().get("security");
      JsonNode effective = own != null ? own : global;
      if (!requiresCredentials(effective)) {
        findings.add(context.finding(KEY, site.node(), site.name() + (own != null
            ? " turns security off (an empty requirement)" : " has no security requirement and the document sets none")));
      }
    }
    return Report.of(findings);
  }

  /** At least one requirement, and none empty ({@code {}} would make credentials optional). */
  private static boolean requiresCredentials(JsonNode requirements) {
    if (!requirements.isArray() || requirements.isEmpty()) {
      return false;
    }
    for (JsonNode requirement : requirements) {
      if (!requirement.isObject() || requirement.isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
