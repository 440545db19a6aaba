package io.activations.contract.cli;

import io.activations.contract.cli.gate.GateInputs;
import io.activations.contract.cli.gate.GateJunitRenderer;
import io.activations.contract.cli.gate.GateResult;
import io.activations.contract.cli.gate.GateRun;
import io.activations.contract.cli.gate.GateSummaryRenderer;
import io.activations.contract.cli.gate.StepOutcome;
import io.activations.contract.gate.DiffOptions;
import io.activations.contract.gate.IgnoreFile;
import io.activations.contract.gate.IgnoreFileException;
import io.activations.contract.gate.SpecSource;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code ./contract gate --base REF}: the whole CI gate of a pull request in one command. Every step
 * runs even when an earlier one failed, so the summary tells the reviewer everything at once.
 */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description = {
        "The CI gate of a pull request that changes the document, in one command: lint, breaking changes against the base"
            + " revision, regenerate and compile the Java client, its compatibility with the base's client, the contract suite"
            + " against the embedded mock, and the project's pacts against the document. Every step runs, even after a failure.",
        "Writes a Markdown summary for the pull request (--summary) and JUnit XML for the CI's test report (--report-dir).",
        "Exit codes: 0 every step passed, 1 a step failed, 2 a usage error (unknown revision, unreadable document, bad ignore file)."})
final class GateCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandSpec command;

  @Option(names = "--base", required = true, paramLabel = "REF",
      description = "The git revision to compare with, e.g. origin/main: its version of the document is the base.")
  private String baseRef;

  @Option(names = "--spec", paramLabel = "FILE", defaultValue = "spec/activations.yaml",
      description = "The document in the working tree (default: ${DEFAULT-VALUE}); the base is the same file at --base.")
  private Path specFile;

  @Option(names = "--summary", paramLabel = "FILE", description = "Write the Markdown summary (for a pull-request comment) to FILE.")
  private Path summaryFile;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/contract-gate",
      description = "Where the JUnit XML, the suite's reports and the client builds go (default: ${DEFAULT-VALUE}).")
  private Path reportDir;

  @Option(names = "--ignore", paramLabel = "FILE",
      description = "Accepted breaking changes, each with its reason and an optional expiry (see the README's CI gate section).")
  private Path ignoreFile;

  @Option(names = "--pacts", paramLabel = "DIR", defaultValue = "pacts",
      description = "The project's pact files, checked against the document (default: ${DEFAULT-VALUE}; skipped while it has none).")
  private Path pacts;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    GateInputs inputs;
    try {
      inputs = inputs();
    } catch (IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    out.println("contract gate: " + specFile + " against " + baseRef);
    out.flush();
    GateResult result = new GateRun(inputs, step -> progress(out, step)).run();
    try {
      Files.writeString(reportDir.resolve(GateJunitRenderer.FILE_NAME), new GateJunitRenderer().render(result), StandardCharsets.UTF_8);
      if (summaryFile != null) {
        Path parent = summaryFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(summaryFile, new GateSummaryRenderer().render(result), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      return usageError(err, "cannot write the reports: " + e.getMessage());
    }
    out.println("reports: " + reportDir.toAbsolutePath().normalize() + (summaryFile == null ? "" : ", summary: " + summaryFile));
    out.println(result.passed() ? "gate passed (" + result.steps().size() + " steps)"
        : "gate failed: " + result.failedSteps() + " of " + result.steps().size() + " steps");
    out.flush();
    return result.passed() ? 0 : 1;
  }

  private GateInputs inputs() {
    Spec revision = load(specFile, specFile.toString());
    try {
      Files.createDirectories(reportDir);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot create the report folder " + reportDir + ": " + e.getMessage());
    }
    return new GateInputs(baseRef, base(), specFile, revision, reportDir, DiffOptions.builder().ignore(ignore()).build(), pacts);
  }

  private IgnoreFile ignore() {
    if (ignoreFile == null) {
      return IgnoreFile.none();
    }
    try {
      return IgnoreFile.load(ignoreFile);
    } catch (IgnoreFileException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** The same file at the base revision, read with git in the file's own folder (so the repository can be anywhere). */
  private Spec base() {
    if (baseRef.isBlank() || baseRef.startsWith("-") || baseRef.contains(":")) {
      throw new IllegalArgumentException("--base takes a git revision (origin/main, HEAD~1), not '" + baseRef + "'");
    }
    Path absolute = specFile.toAbsolutePath().normalize();
    try {
      return SpecSource.load(baseRef + ":./" + absolute.getFileName(), absolute.getParent());
    } catch (SpecLoadException e) {
      throw new IllegalArgumentException("cannot read " + specFile + " at " + baseRef + ": " + firstProblem(e));
    }
  }

  private static String firstProblem(SpecLoadException e) {
    int more = e.messages().size() - 1;
    return (e.messages().isEmpty() ? e.getMessage() : e.messages().get(0)) + (more > 0 ? " (and " + more + " more problems)" : "");
  }

  private static Spec load(Path file, String name) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("cannot read " + name + ": no such file");
    }
    try {
      return Spec.load(file);
    } catch (SpecLoadException e) {
      throw new IllegalArgumentException("cannot load " + name + ": " + firstProblem(e));
    }
  }

  private static void progress(PrintWriter out, StepOutcome step) {
    out.printf("  %-8s %-24s %s (%.1f s)%n", step.status().word(), step.step(), step.headline(), step.duration().toMillis() / 1000.0);
    out.flush();
  }

  private static int usageError(PrintWriter err, String reason) {
    err.println("contract gate: " + reason);
    err.flush();
    return ContractCli.USAGE_ERROR;
  }
}
