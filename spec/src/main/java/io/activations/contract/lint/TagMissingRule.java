package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/** Every operation has at least one tag: generators group operations into API classes by tag. */
final class TagMissingRule implements LintRule {

  static final String KEY = "lint.tag.missing";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every operation has at least one tag";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      JsonNode tags = site.node().node().path("tags");
      boolean tagged = false;
      for (JsonNode tag : tags) {
        tagged |= tag.isTextual() && !tag.asText().isBlank();
      }
      if (!tagged) {
        findings.add(context.finding(KEY, site.node(), site.name() + " has no tag"));
      }
    }
    return Report.of(findings);
  }
}
