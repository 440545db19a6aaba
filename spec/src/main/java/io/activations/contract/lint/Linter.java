package io.activations.contract.lint;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Runs every house rule over a spec and gathers their findings into one report. */
public final class Linter {

  private final List<LintRule> rules;

  /** The standard rule set. */
  public Linter() {
    this(standardRules());
  }

  public Linter(List<LintRule> rules) {
    this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
  }

  public static List<LintRule> standardRules() {
    return List.of(
        new ParserMessageRule(),
        new OperationIdMissingRule(),
        new OperationIdDuplicateRule(),
        new TagMissingRule(),
        new RateLimitExtensionRule(),
        new RateLimitStatusRule(),
        new RateLimitHeadersRule(),
        new RetryAfterRule(),
        new ErrorEnvelopeRule(),
        new PathParameterBoundedRule(),
        new PathParameterUndeclaredRule(),
        new RequestBodyOpenRule(),
        new VendorMediaTypeRule(),
        new ExampleMissingRule(),
        new ExampleInvalidRule(),
        new UnusedComponentRule(),
        new SecurityUndeclaredRule(),
        new SecurityUnappliedRule(),
        new NullableTypeRule(),
        new SchemaConsistencyRule(),
        new PathShapeRule(),
        new ServerRule(),
        new OperationShapeRule(),
        new DocumentShapeRule());
  }

  public List<LintRule> rules() {
    return rules;
  }

  public Report lint(Spec spec) {
    LintContext context = new LintContext(spec);
    // a shared component breaks a rule once, however many operations use it
    Set<Finding> findings = new LinkedHashSet<>();
    for (LintRule rule : rules) {
      findings.addAll(rule.check(context).findings());
    }
    return Report.of(new ArrayList<>(findings));
  }
}
