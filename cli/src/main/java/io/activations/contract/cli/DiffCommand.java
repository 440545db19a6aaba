package io.activations.contract.cli;

import io.activations.contract.gate.ApiDiff;
import io.activations.contract.gate.DiffOptions;
import io.activations.contract.gate.DiffRenderer;
import io.activations.contract.gate.DiffResult;
import io.activations.contract.gate.IgnoreFile;
import io.activations.contract.gate.IgnoreFileException;
import io.activations.contract.gate.Level;
import io.activations.contract.gate.SpecSource;
import io.activations.contract.gate.client.ClientCauses;
import io.activations.contract.gate.client.ClientCompatibility;
import io.activations.contract.gate.client.ClientCompatibilityReport;
import io.activations.contract.generator.ClientGenerationException;
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

/** {@code ./contract diff BASE REVISION}: the breaking-change judgement between two versions of the document. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Judges the changes from BASE to REVISION by who they break: callers sending requests or clients reading responses.",
        "BASE and REVISION are files, or REF:PATH for a file at a git revision of the current repository"
            + " (origin/main:spec/activations.yaml).",
        "Exit codes: 0 nothing breaking, 1 breaking (or an expired ignore entry), 2 usage error."})
final class DiffCommand implements Callable<Integer> {

  /** Something breaking changed. */
  static final int BREAKING = 1;

  /** Accepts {@code ERR} and {@code WARN} in any case. */
  static final class FailOnConverter implements CommandLine.ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      String upper = value.toUpperCase(Locale.ROOT);
      if (!upper.equals("ERR") && !upper.equals("WARN")) {
        throw new CommandLine.TypeConversionException("expected ERR or WARN, got '" + value + "'");
      }
      return Level.valueOf(upper);
    }
  }

  /** Accepts {@code text}, {@code json} and {@code markdown} in any case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<DiffRenderer> {
    @Override
    public DiffRenderer convert(String value) {
      try {
        return DiffRenderer.forFormat(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @CommandLine.Spec
  CommandSpec command;

  @Parameters(index = "0", paramLabel = "BASE", description = "The document before the change: a file or REF:PATH.")
  String base;

  @Parameters(index = "1", paramLabel = "REVISION", description = "The document after the change: a file or REF:PATH.")
  String revision;

  @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text", converter = FormatConverter.class,
      description = "Report format. Default: ${DEFAULT-VALUE}.")
  DiffRenderer renderer;

  @Option(names = "--fail-on", paramLabel = "ERR|WARN", defaultValue = "ERR", converter = FailOnConverter.class,
      description = "Exit 1 when a finding at this level or worse remains. Default: ${DEFAULT-VALUE}.")
  Level failOn;

  @Option(names = "--ignore", paramLabel = "FILE",
      description = "Accepted findings, each with rule, operation, location, reason and optional expires (YAML list).")
  Path ignoreFile;

  @Option(names = "--relax-alpha",
      description = "Downgrade ERR to WARN on operations the base serves only as v1alpha (each finding says so). Off by default.")
  boolean relaxAlpha;

  @Option(names = "--client",
      description = "Also generate the Java client from both documents (in the JVM, the settings of generator/), compile both and"
          + " compare them with japicmp: each source or binary incompatibility is an ERR finding beside the document's,"
          + " pointing back to the document change that caused it.")
  boolean client;

  @Option(names = "--client-dir", paramLabel = "DIR", defaultValue = "target/contract-diff/clients",
      description = "Where --client generates and compiles the two clients (default: ${DEFAULT-VALUE}; kept for the next run).")
  Path clientDir;

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    Path here = Path.of("").toAbsolutePath();
    DiffOptions.Builder options = DiffOptions.builder().relaxAlpha(relaxAlpha);
    Spec before;
    Spec after;
    try {
      if (ignoreFile != null) {
        options.ignore(IgnoreFile.load(ignoreFile));
      }
      before = SpecSource.load(base, here);
      after = SpecSource.load(revision, here);
    } catch (IgnoreFileException | SpecLoadException e) {
      err.println("contract diff: " + e.getMessage());
      err.flush();
      return ContractCli.USAGE_ERROR;
    }
    DiffResult result = ApiDiff.compare(before, after, options.build());
    PrintWriter out = command.commandLine().getOut();
    if (!client) {
      out.print(renderer.render(result));
      out.flush();
      return result.fails(failOn) ? BREAKING : 0;
    }
    ClientCompatibilityReport clients;
    try {
      clients = new ClientCompatibility(clientDir).check(before, after).linkedWith(ClientCauses.from(result.findings()));
    } catch (ClientGenerationException e) {
      err.println("contract diff: " + e.getMessage());
      err.flush();
      return ContractCli.USAGE_ERROR;
    }
    out.print(ClientDiffOutput.render(renderer, renderer.render(result), clients));
    out.flush();
    return result.fails(failOn) || !clients.isCompatible() ? BREAKING : 0;
  }
}
