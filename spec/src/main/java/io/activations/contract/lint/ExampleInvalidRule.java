package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every example (of a media type, a parameter, a header or a schema) is valid against its schema,
 * checked by the same validator the contract suite uses. A wrong example misleads readers and
 * makes the suite send invalid "valid" requests.
 */
final class ExampleInvalidRule implements LintRule {

  static final String KEY = "lint.example.invalid";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every example is valid against its schema";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Definitions definitions = new Definitions(context);
    List<Located> holders = new ArrayList<>(definitions.mediaTypes);
    holders.addAll(definitions.parameters);
    holders.addAll(definitions.headers);
    for (Located holder : holders) {
      Located schema = holder.child("schema");
      if (!schema.exists()) {
        continue;
      }
      check(context, holder.child("example"), schema, findings);
      Located examples = holder.child("examples");
      Definitions.forEachField(examples, example -> check(context, context.follow(example).child("value"), schema, findings));
    }
    definitions.forEachSchema(schema -> check(context, schema.child("example"), schema, findings));
    return Report.of(findings);
  }

  private static void check(LintContext context, Located example, Located schema, List<Finding> findings) {
    JsonNode value = example.node();
    if (value.isMissingNode()) {
      return;
    }
    Report result;
    try {
      result = context.validator().validateInstance(value, schema.ref());
    } catch (RuntimeException e) {
      findings.add(context.finding(KEY, schema, "the schema cannot be compiled to check its examples: " + e.getMessage()));
      return;
    }
    if (result.hasErrors()) {
      String problems = result.errors().stream()
          .map(f -> (f.location().isEmpty() ? "" : f.location() + ": ") + f.message())
          .collect(Collectors.joining("; "));
      findings.add(context.finding(KEY, example, "the example does not match its schema: " + problems));
    }
  }
}
