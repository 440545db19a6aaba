package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An operation has a summary, an operationId that can be used in a URL as is, and no parameter
 * declared twice (same name and location, path-level parameters included). Redocly's
 * {@code operation-summary}, {@code operation-operationId-url-safe} and
 * {@code operation-parameters-unique}.
 */
final class OperationShapeRule implements LintRule {

  static final String KEY = "lint.operation.malformed";

  /** RFC 3986's unreserved and reserved characters. */
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]*");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "operations have a summary, a URL-safe operationId and unique parameters (Redocly operation-summary, "
        + "operation-operationId-url-safe, operation-parameters-unique)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      Located operation = site.node();
      if (operation.node().path("summary").asText("").isBlank()) {
        findings.add(context.finding(KEY, operation, site.name() + " has no summary"));
      }
      String operationId = operation.node().path("operationId").asText("");
      if (!URL_SAFE.matcher(operationId).matches()) {
        findings.add(context.finding(KEY, operation.child("operationId"),
            "operationId '" + operationId + "' has characters that are not URL-safe"));
      }
      checkUnique(context, operation.child("parameters"), findings);
      Located pathItem = context.root().child("paths").child(site.operation().pathTemplate());
      checkUnique(context, pathItem.child("parameters"), findings);
    }
    return Report.of(findings);
  }

  private static void checkUnique(LintContext context, Located parameters, List<Finding> findings) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parameters.node().size(); i++) {
      Located parameter = context.follow(parameters.child(i));
      String identity = parameter.node().path("in").asText() + " " + parameter.node().path("name").asText();
      if (!seen.add(identity)) {
        findings.add(context.finding(KEY, parameters.child(i), "the " + identity + " parameter is declared twice"));
      }
    }
  }
}
