package io.activations.contract.cli;

import io.activations.contract.pact.check.PactChecks;
import io.activations.contract.pact.check.PactFileException;
import io.activations.contract.report.JsonReportRenderer;
import io.activations.contract.report.Report;
import io.activations.contract.report.TextReportRenderer;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./contract pact check PACT... [--spec FILE]}: is every interaction allowed by the spec? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Checks every interaction of pact files (V2, V3, V4; files or folders) against the spec: request path,",
        "method, parameters, content type and body; response status, headers and body (no undeclared field).",
        "Exit codes: 0 every interaction allowed, 1 one is not, 2 unreadable or malformed pact or spec."})
final class PactCheckCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandSpec command;

  @Parameters(arity = "1..*", paramLabel = "PACT", description = "Pact files or folders of pact files.")
  private List<Path> pacts;

  @Option(names = "--spec", paramLabel = "FILE", description = "The OpenAPI document (default: the bundled one).")
  private Path specFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private String format;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("contract pact check: --format must be text or json, not " + format);
      return ContractCli.USAGE_ERROR;
    }
    Report report;
    try {
      Spec spec = specFile == null ? Spec.bundled() : Spec.load(specFile);
      report = PactChecks.checkAll(spec, pacts);
    } catch (SpecLoadException e) {
      err.println("contract pact check: " + e.getMessage().lines().findFirst().orElse("the spec does not load"));
      return ContractCli.USAGE_ERROR;
    } catch (PactFileException e) {
      err.println("contract pact check: " + e.getMessage());
      return ContractCli.USAGE_ERROR;
    }
    out.print(format.equals("json") ? new JsonReportRenderer().render(report) : new TextReportRenderer().render(report));
    out.flush();
    return report.hasErrors() ? 1 : 0;
  }
}
