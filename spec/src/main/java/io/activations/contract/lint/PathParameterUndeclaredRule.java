package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every {@code {name}} of a path template is declared as a path parameter, and every declared path
 * parameter appears in the template: otherwise generated clients cannot build the URL.
 */
final class PathParameterUndeclaredRule implements LintRule {

  static final String KEY = "lint.pathParameter.undeclared";
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "path template variables and declared path parameters match one to one";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      Set<String> inTemplate = new LinkedHashSet<>();
      Matcher matcher = TEMPLATE_VARIABLE.matcher(site.operation().pathTemplate());
      while (matcher.find()) {
        inTemplate.add(matcher.group(1));
      }
      Set<String> declared = new LinkedHashSet<>();
      for (Located parameter : Parameters.of(context, site)) {
        if ("path".equals(parameter.node().path("in").asText())) {
          String name = parameter.node().path("name").asText();
          declared.add(name);
          if (!inTemplate.contains(name)) {
            findings.add(context.finding(KEY, parameter, "path parameter " + name + " is not in the path " + site.operation().pathTemplate()));
          }
        }
      }
      for (String name : inTemplate) {
        if (!declared.contains(name)) {
          findings.add(context.finding(KEY, site.node(), site.name() + " does not declare path parameter " + name));
        }
      }
    }
    return Report.of(findings);
  }
}
