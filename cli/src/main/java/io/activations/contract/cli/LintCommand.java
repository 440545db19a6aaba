package io.activations.contract.cli;

import io.activations.contract.lint.Linter;
import io.activations.contract.report.JsonReportRenderer;
import io.activations.contract.report.Report;
import io.activations.contract.report.ReportRenderer;
import io.activations.contract.report.TextReportRenderer;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./contract lint [SPEC] [--format text|json]}: the house rules, applied to a spec. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
        "Checks an OpenAPI document against the house rules of the Activations contract.",
        "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the file cannot be read or parsed."})
final class LintCommand implements Callable<Integer> {

  /** Lint found at least one error. */
  static final int FINDINGS = 1;

  /** How the report is printed. */
  enum Format {
    TEXT(new TextReportRenderer()),
    JSON(new JsonReportRenderer());

    final ReportRenderer renderer;

    Format(ReportRenderer renderer) {
      this.renderer = renderer;
    }
  }

  /** Accepts {@code text} and {@code json} in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("expected text or json, got '" + value + "'");
      }
    }
  }

  @CommandLine.Spec
  private CommandSpec command;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
      description = "The OpenAPI document to lint (default: the bundled Activations spec).")
  private Path specFile;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
      description = "Report format: text (one line per finding) or json. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    Spec spec;
    try {
      spec = specFile == null ? Spec.bundled() : Spec.load(specFile);
    } catch (SpecLoadException e) {
      err.println("contract lint: cannot use " + specFile + ":");
      e.messages().forEach(message -> err.println("  " + message));
      err.flush();
      return ContractCli.USAGE_ERROR;
    }
    Report report = new Linter().lint(spec);
    out.print(format.renderer.render(report));
    out.flush();
    return report.hasErrors() ? FINDINGS : 0;
  }
}
