package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Every media type of a request body or response has an example: the suite builds its valid
 * requests from them, and the generated-client tests round-trip them.
 */
final class ExampleMissingRule implements LintRule {

  static final String KEY = "lint.example.missing";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every request body and response media type has an example";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Located mediaType : new Definitions(context).mediaTypes) {
      boolean hasExample = mediaType.node().has("example") || mediaType.node().path("examples").size() > 0;
      if (!hasExample) {
        findings.add(context.finding(KEY, mediaType, "no example"));
      }
    }
    return Report.of(findings);
  }
}
