package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Path templates that tools route differently or not at all: a trailing slash, a query string, an
 * empty parameter {@code {}}, or two templates that differ only in parameter names. Redocly's
 * {@code no-path-trailing-slash}, {@code path-not-include-query}, {@code path-declaration-must-exist}
 * and {@code no-identical-paths}.
 */
final class PathShapeRule implements LintRule {

  static final String KEY = "lint.path.malformed";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "path templates have no trailing slash, query or empty parameter, and no two differ only in "
        + "parameter names (Redocly no-path-trailing-slash, path-not-include-query, path-declaration-must-exist, "
        + "no-identical-paths)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<String, String> byShape = new HashMap<>();
    Definitions.forEachField(context.root().child("paths"), pathItem -> {
      String path = pathItem.name();
      check(context, pathItem, path, findings);
      String shape = path.replaceAll("\\{[^}]*}", "{}");
      String earlier = byShape.putIfAbsent(shape, path);
      if (earlier != null) {
        findings.add(context.finding(KEY, pathItem, path + " differs from " + earlier + " only in parameter names"));
      }
    });
    return Report.of(findings);
  }

  private static void check(LintContext context, Located pathItem, String path, List<Finding> findings) {
    if (path.length() > 1 && path.endsWith("/")) {
      findings.add(context.finding(KEY, pathItem, "the path ends with a slash"));
    }
    if (path.contains("?")) {
      findings.add(context.finding(KEY, pathItem, "the path includes a query string; declare query parameters"));
    }
    if (path.contains("{}")) {
      findings.add(context.finding(KEY, pathItem, "the path has an empty parameter {}"));
    }
  }
}
