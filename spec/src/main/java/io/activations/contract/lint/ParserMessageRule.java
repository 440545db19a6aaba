package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What swagger-parser finds wrong with the document's structure (an unexpected or misspelt
 * attribute, a missing required one, a value of the wrong type). Two of its messages are left to
 * the dedicated rules, which say the same with a precise location.
 */
final class ParserMessageRule implements LintRule {

  static final String KEY = "lint.openapi.invalid";

  /** Covered by {@link OperationIdDuplicateRule} and {@link PathParameterUndeclaredRule}. */
  private static final List<Pattern> COVERED = List.of(
      Pattern.compile("operationId is repeated"),
      Pattern.compile("Declared path parameter .* needs to be defined"));
  private static final Pattern ATTRIBUTE = Pattern.compile("^attribute (\\S+)");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern METHOD = Pattern.compile("\\((get|put|post|delete|options|head|patch|trace)\\)");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "the document is valid OpenAPI 3.0 (no message from swagger-parser)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (String message : context.spec().parserMessages()) {
      if (COVERED.stream().noneMatch(p -> p.matcher(message).find())) {
        findings.add(new Finding(KEY, Level.ERROR, message, location(message)));
      }
    }
    return Report.of(findings);
  }

  /** {@code attribute paths.'/x'(post).foo is unexpected} -> {@code paths./x.post.foo}. */
  static String location(String message) {
    Matcher attribute = ATTRIBUTE.matcher(message);
    if (!attribute.find()) {
      return "";
    }
    String location = QUOTED.matcher(attribute.group(1)).replaceAll("$1");
    return METHOD.matcher(location).replaceAll(".$1");
  }
}
