package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Every path parameter is a bounded string ({@code minLength >= 1}, a {@code maxLength}): an empty
 * segment changes the route, and an unbounded one is an easy way to flood a server.
 */
final class PathParameterBoundedRule implements LintRule {

  static final String KEY = "lint.pathParameter.unbounded";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every path parameter is a string with minLength >= 1 and a maxLength";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      for (Located parameter : Parameters.of(context, site)) {
        if ("path".equals(parameter.node().path("in").asText())) {
          String problem = problem(context.follow(parameter.child("schema")).node());
          if (problem != null) {
            findings.add(context.finding(KEY, parameter,
                "path parameter " + parameter.node().path("name").asText() + " " + problem));
          }
        }
      }
    }
    return Report.of(findings);
  }

  private static String problem(JsonNode schema) {
    if (!schema.isObject()) {
      return "has no schema";
    }
    if (!"string".equals(schema.path("type").asText())) {
      return "is not a string";
    }
    if (schema.path("minLength").asInt(0) < 1) {
      return "has no minLength of at least 1";
    }
    if (!schema.path("maxLength").isIntegralNumber()) {
      return "has no maxLength";
    }
    return null;
  }
}
