package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The document declares a security scheme, and every security requirement names a declared one:
 * generated clients only send credentials for schemes they know.
 */
final class SecurityUndeclaredRule implements LintRule {

  static final String KEY = "lint.security.undeclared";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "a security scheme is declared, and every security requirement names a declared one";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Located schemes = context.root().child("components").child("securitySchemes");
    if (schemes.node().size() == 0) {
      findings.add(context.finding(KEY, context.root().child("components"), "no security scheme is declared"));
    }
    checkRequirements(context, context.root().child("security"), schemes.node(), findings);
    for (LintContext.OperationSite site : context.operations()) {
      checkRequirements(context, site.node().child("security"), schemes.node(), findings);
    }
    return Report.of(findings);
  }

  private static void checkRequirements(LintContext context, Located requirements, JsonNode schemes, List<Finding> findings) {
    for (int i = 0; i < requirements.node().size(); i++) {
      Located requirement = requirements.child(i);
      for (Iterator<String> it = requirement.node().fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!schemes.has(name)) {
          findings.add(context.finding(KEY, requirement, "security scheme " + name + " is not declared in components.securitySchemes"));
        }
      }
    }
  }
}
