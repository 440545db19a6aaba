package io.activations.contract.cli.gate;

import io.activations.contract.pact.check.PactChecks;
import io.activations.contract.pact.check.PactFileException;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's pacts against the revision's document (the pact-vs-spec check of {@code ./contract
 * pact check}): a consumer must not expect what the document no longer promises. Skipped while the
 * project has no pact files.
 */
final class PactStep {

  static final String NAME = "pacts";

  StepOutcome run(Spec revision, Path pacts) {
    long files = pactFiles(pacts);
    if (files == 0) {
      return StepOutcome.skipped(NAME, "no pact files under " + pacts);
    }
    Report report;
    try {
      report = PactChecks.checkAll(revision, List.of(pacts));
    } catch (PactFileException e) {
      return new StepOutcome(NAME, StepStatus.FAILED, "a pact file cannot be read", List.of(e.getMessage()), "", Duration.ZERO);
    }
    List<String> problems = report.errors().stream().map(PactStep::line).toList();
    StringBuilder details = new StringBuilder();
    List<Finding> shown = report.findings().stream().filter(f -> f.level() != Level.INFO).toList();
    if (!shown.isEmpty()) {
      details.append("| level | key | interaction | finding |\n|---|---|---|---|\n");
      for (Finding f : shown) {
        details.append("| ").append(f.level()).append(" | ").append(MarkdownCells.code(f.key())).append(" | ")
            .append(MarkdownCells.cell(f.location())).append(" | ").append(MarkdownCells.cell(f.message())).append(" |\n");
      }
    }
    String headline = files + (files == 1 ? " pact file: " : " pact files: ") + report.errors().size() + " errors, "
        + report.warnings().size() + " warnings";
    return new StepOutcome(NAME, report.hasErrors() ? StepStatus.FAILED : StepStatus.PASSED, headline, problems, details.toString(),
        Duration.ZERO);
  }

  private static long pactFiles(Path pacts) {
    if (!Files.isDirectory(pacts)) {
      return 0;
    }
    try (Stream<Path> found = Files.walk(pacts)) {
      return found.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pacts, e);
    }
  }

  private static String line(Finding f) {
    return f.key() + " " + f.location() + ": " + f.message();
  }
}
