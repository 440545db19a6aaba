package io.activations.contract.cli.gate;

import io.activations.contract.gate.ApiDiff;
import io.activations.contract.gate.DiffOptions;
import io.activations.contract.gate.DiffResult;
import io.activations.contract.gate.Finding;
import io.activations.contract.gate.Level;
import io.activations.contract.gate.MarkdownDiffRenderer;
import io.activations.contract.spec.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The direction-aware breaking-change judgement of the revision's document against the base's
 * ({@link ApiDiff}); an ERR finding or an expired ignore entry fails the gate.
 */
final class DiffStep {

  static final String NAME = "breaking changes";

  private DiffResult result;

  StepOutcome run(Spec base, Spec revision, DiffOptions options) {
    result = ApiDiff.compare(base, revision, options);
    List<String> problems = new ArrayList<>();
    result.findings().stream().filter(Finding::isBreaking).forEach(f -> problems.add(line(f)));
    result.expiredIgnores().forEach(e -> problems.add("expired ignore entry (line " + e.line() + "): " + e.ruleId() + " " + e.operation()));
    String headline = result.count(Level.ERR) + " ERR, " + result.count(Level.WARN) + " WARN, " + result.count(Level.INFO) + " INFO"
        + (result.ignored().isEmpty() ? "" : ", " + result.ignored().size() + " ignored")
        + (result.expiredIgnores().isEmpty() ? "" : ", " + result.expiredIgnores().size() + " expired ignore entries");
    boolean nothingToShow = result.findings().isEmpty() && result.ignored().isEmpty() && result.unmatchedIgnores().isEmpty();
    return new StepOutcome(NAME, result.fails(Level.ERR) ? StepStatus.FAILED : StepStatus.PASSED, headline, problems,
        nothingToShow ? "" : withoutHeading(new MarkdownDiffRenderer().render(result)), Duration.ZERO);
  }

  /** The document's findings, for the client check to point back to; empty when the step did not run. */
  List<Finding> findings() {
    return result == null ? List.of() : result.findings();
  }

  private static String line(Finding f) {
    return f.ruleId() + " " + (f.operation().isEmpty() ? "" : f.operation() + " ")
        + (f.revisionLocation().isEmpty() ? f.baseLocation() : f.revisionLocation()) + ": " + f.message();
  }

  /** The gate's summary gives each step its own heading: the diff report's is dropped. */
  private static String withoutHeading(String markdown) {
    return markdown.startsWith("### ") ? markdown.substring(markdown.indexOf('\n') + 1).stripLeading() : markdown;
  }
}
