package io.activations.contract.cli;

import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import io.activations.contract.suite.ContractSuite;
import io.activations.contract.suite.SuiteOptions;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.SuiteSetupException;
import io.activations.contract.suite.Target;
import io.activations.contract.suite.internal.report.ConsoleRenderer;
import io.activations.contract.suite.internal.report.SuiteReports;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code ./contract verify}: runs the contract suite against a fresh embedded mock, or a real
 * deployment with {@code --base-url}. Prints progress per operation, a table per operation, the
 * coverage matrix of declared statuses, and last {@code N passed, N failed}; writes JUnit XML,
 * JSON and Markdown reports.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the contract suite derived from the spec against the embedded mock (default) or a real server.",
        "The token of a real server is read from an environment variable and never printed.",
        "Exit codes: 0 every case passed, 1 a contract failure (or an internal error of the suite, said so),",
        "2 a usage or setup error (an unwritable --report-dir is reported after the results)."})
final class VerifyCommand implements Callable<Integer> {

  static final String DEFAULT_TOKEN_ENV = "ACTIVATIONS_API_TOKEN";

  @CommandLine.Spec
  private CommandSpec command;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "A real server to verify instead of the embedded mock (needs --fixtures and the token variable).")
  private String baseUrl;

  @Option(names = "--token-env", paramLabel = "VAR", defaultValue = DEFAULT_TOKEN_ENV,
      description = "Environment variable holding the token of the --base-url server (default: ${DEFAULT-VALUE}).")
  private String tokenEnv;

  @Option(names = "--fixtures", paramLabel = "FILE",
      description = "JSON file with the ids of the --base-url server's existing space, audience and destination.")
  private Path fixtures;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/contract-report",
      description = "Where the JUnit XML, JSON and Markdown reports go (default: ${DEFAULT-VALUE}).")
  private Path reportDir;

  @Option(names = "--spec", paramLabel = "FILE", description = "The OpenAPI document to verify against (default: the bundled one).")
  private Path specFile;

  @Option(names = "--allow-writes",
      description = "With --base-url: also run the cases that create, change and delete (everything created is removed again).")
  private boolean allowWrites;

  @Option(names = "--burst", description = "With --base-url: also run the cases that exhaust a rate limit to see its 429.")
  private boolean burst;

  @Option(names = "--read-only", description = "Skip every case that creates, changes or deletes something (the default with --base-url).")
  private boolean readOnly;

  @Option(names = "--no-burst", description = "Skip the cases that exhaust a rate limit (the default with --base-url).")
  private boolean noBurst;

  @Option(names = "--allow-insecure-http",
      description = "Let the token travel over plain HTTP to a --base-url host that is not this machine (refused otherwise).")
  private boolean allowInsecureHttp;

  @Option(names = "--strict", description = "Fail on warnings too: house rules on a --base-url server, and advice such as "
      + "a response field the spec does not declare.")
  private boolean strict;

  @Option(names = "--max-burst", paramLabel = "N", defaultValue = "1100",
      description = "Skip a burst whose budget is above N requests (default: ${DEFAULT-VALUE}).")
  private int maxBurst;

  @Option(names = "--inject-fault", paramLabel = "FAULT",
      description = "Demonstration: put a proxy that breaks one thing in front of the embedded mock (${COMPLETION-CANDIDATES}).",
      completionCandidates = VerifyTargets.FaultNames.class)
  private String injectFault;

  private final Function<String, String> environment;

  VerifyCommand() {
    this(System::getenv);
  }

  /** With an environment lookup of the caller's choosing (tests cannot set real variables). */
  VerifyCommand(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    SuiteOptions options;
    Spec spec;
    try {
      options = options();
      spec = spec();
    } catch (SuiteSetupException e) {
      return usageError(err, e.getMessage());
    }
    Target target;
    try {
      target = VerifyTargets.create(spec, baseUrl == null ? null : URI.create(baseUrl.strip()), tokenEnv, environment,
          fixtures, injectFault, allowInsecureHttp);
    } catch (SuiteSetupException | IllegalArgumentException e) {
      return usageError(err, e.getMessage());
    }
    try (target) {
      out.println("contract verify: " + target.describe() + " (spec " + spec.source() + ")");
      out.flush();
      SuiteResult result = ContractSuite.forTarget(target).withSpec(spec).withOptions(options).run(new VerifyProgress(out));
      String reportFailure = writeReports(result);
      if (reportFailure == null) {
        out.println("reports: " + reportDir.toAbsolutePath().normalize());
      }
      out.print(new ConsoleRenderer().render(result));
      out.flush();
      if (reportFailure != null) {
        // after the results, so a finished run is never lost to a bad --report-dir
        return usageError(err, reportFailure);
      }
      return result.allPassed() ? 0 : 1;
    } catch (RuntimeException e) {
      // the suite turns a failing case into its findings; what escapes it is a bug of the suite, not the user's doing
      err.println("contract verify: internal error in the contract suite: " + e
          + " (a bug; CONTRACT_DEBUG=1 shows where)");
      if ("1".equals(environment.apply("CONTRACT_DEBUG"))) {
        e.printStackTrace(err);
      }
      err.flush();
      return InternalErrorHandler.INTERNAL_ERROR;
    }
  }

  /** Writes every report; returns why it could not, or null. */
  private String writeReports(SuiteResult result) {
    try {
      SuiteReports.writeAll(result, reportDir);
      return null;
    } catch (IOException | RuntimeException e) {
      return "the results above could not be written to --report-dir " + reportDir + ": " + e.getMessage();
    }
  }

  private SuiteOptions options() throws SuiteSetupException {
    if (maxBurst < 1) {
      throw new SuiteSetupException("--max-burst must be at least 1, not " + maxBurst);
    }
    if (readOnly && allowWrites) {
      throw new SuiteSetupException("--read-only and --allow-writes contradict each other; choose one");
    }
    if (noBurst && burst) {
      throw new SuiteSetupException("--no-burst and --burst contradict each other; choose one");
    }
    // the embedded mock is ours to write to and exhaust; someone else's server only when asked
    boolean remote = baseUrl != null;
    boolean writes = remote ? allowWrites : !readOnly;
    boolean bursts = remote ? burst : !noBurst;
    return SuiteOptions.defaults().withReadOnly(!writes).withBurst(bursts).withStrict(strict).withMaxBurstRequests(maxBurst);
  }

  private Spec spec() throws SuiteSetupException {
    if (specFile == null) {
      return Spec.bundled();
    }
    try {
      return Spec.load(specFile);
    } catch (SpecLoadException e) {
      int more = e.messages().size() - 1;
      throw new SuiteSetupException("cannot load spec " + specFile + ": " + (e.messages().isEmpty() ? e.getMessage() : e.messages().get(0))
          + (more > 0 ? " (and " + more + " more problems)" : ""));
    }
  }

  private static int usageError(PrintWriter err, String reason) {
    err.println("contract verify: " + reason);
    err.flush();
    return ContractCli.USAGE_ERROR;
  }
}
