package io.activations.contract.cli;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.states.MockProviderStates;
import io.activations.contract.pact.broker.BrokerPacts;
import io.activations.contract.pact.check.PactFile;
import io.activations.contract.pact.check.PactFileException;
import io.activations.contract.pact.verify.EmbeddedMockVerification;
import io.activations.contract.pact.verify.FixtureFileStates;
import io.activations.contract.pact.verify.InteractionOutcome;
import io.activations.contract.pact.verify.PactVerification;
import io.activations.contract.pact.verify.VerificationOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./contract pact verify PACT...}: replays pacts with Pact JVM's verifier against a fresh
 * embedded mock (default) or a real server, one line per interaction, then {@code N passed, N
 * failed}; Pact's JSON and Markdown reports go under {@code --report-dir}.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Replays pact files against a fresh embedded mock (default) or a real server with Pact JVM's verifier.",
        "Provider states are set up through the mock's fixtures, or (real server) map to the ids of --fixtures.",
        "The token of a real server is read from an environment variable and never printed or written.",
        "Exit codes: 0 every interaction passed, 1 one failed, 2 a usage or setup error."})
final class PactVerifyCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandSpec command;

  @Parameters(arity = "0..*", paramLabel = "PACT", description = "Pact files or folders of pact files (or --broker-url).")
  private List<Path> pacts = new ArrayList<>();

  @Option(names = "--broker-url", paramLabel = "URL", description = "Fetch the pacts a Pact Broker selects instead of reading files.")
  private String brokerUrl;

  @Option(names = "--broker-token-env", paramLabel = "VAR", defaultValue = PactPublishCommand.DEFAULT_TOKEN_ENV,
      description = "Environment variable holding the broker's bearer token (default: ${DEFAULT-VALUE}).")
  private String brokerTokenEnv;

  @Option(names = "--consumer-version-selector", paramLabel = "JSON",
      description = "A consumer version selector (repeatable; default {\"mainBranch\": true} and {\"deployedOrReleased\": true}).")
  private List<String> selectors = new ArrayList<>();

  @Option(names = "--publish-results", description = "Publish the verification results to the broker (needs --provider-version).")
  private boolean publishResults;

  @Option(names = "--provider-version", paramLabel = "V", description = "The provider's version the results are published for.")
  private String providerVersion;

  @Option(names = "--provider-branch", paramLabel = "B", description = "The provider's branch the results are published for.")
  private String providerBranch;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "A real server to verify instead of the embedded mock (needs --fixtures and the token variable).")
  private String baseUrl;

  @Option(names = "--token-env", paramLabel = "VAR", defaultValue = VerifyCommand.DEFAULT_TOKEN_ENV,
      description = "Environment variable holding the token of the --base-url server (default: ${DEFAULT-VALUE}).")
  private String tokenEnv;

  @Option(names = "--fixtures", paramLabel = "FILE",
      description = "JSON file with the real server's ids (spaceId, audienceId, audienceType, connectionId, activationId, ...).")
  private Path fixtures;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/contract-report",
      description = "Where Pact's JSON and Markdown verification reports go (default: ${DEFAULT-VALUE}).")
  private Path reportDir;

  private final Function<String, String> environment;

  PactVerifyCommand() {
    this(System::getenv);
  }

  PactVerifyCommand(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    String brokerProblem = brokerProblem();
    if (brokerProblem != null) {
      err.println("contract pact verify: " + brokerProblem);
      return ContractCli.USAGE_ERROR;
    }
    if (brokerUrl != null) {
      return fromBroker(out, err);
    }
    List<Path> files;
    try {
      files = PactFile.expand(pacts);
      for (Path file : files) {
        PactFile.read(file);
      }
    } catch (PactFileException e) {
      err.println("contract pact verify: " + e.getMessage());
      return ContractCli.USAGE_ERROR;
    }
    VerificationOutcome outcome;
    if (baseUrl == null) {
      outcome = EmbeddedMockVerification.run(files, reportDir);
    } else {
      String problem = realServerProblem();
      if (problem != null) {
        err.println("contract pact verify: " + problem);
        return ContractCli.USAGE_ERROR;
      }
      try {
        outcome = PactVerification.builder()
            .target(URI.create(baseUrl.strip()))
            .token(environment.apply(tokenEnv))
            .states(FixtureFileStates.read(fixtures))
            .reportDir(reportDir)
            .build()
            .verifyFiles(files);
      } catch (IOException e) {
        err.println("contract pact verify: cannot read the fixtures file " + fixtures + ": " + e.getMessage());
        return ContractCli.USAGE_ERROR;
      }
    }
    return report(out, outcome);
  }

  private int report(PrintWriter out, VerificationOutcome outcome) {
    for (InteractionOutcome interaction : outcome.interactions()) {
      out.println((interaction.passed() ? "PASS " : "FAIL ") + interaction.consumer() + ": " + interaction.description()
          + (interaction.passed() ? "" : " - " + interaction.reason()));
    }
    out.println("Reports: " + reportDir);
    out.println(outcome.summary());
    out.flush();
    return outcome.allPassed() ? 0 : 1;
  }

  /** Pacts the broker selects, verified against the embedded mock, results published when asked. */
  private int fromBroker(PrintWriter out, PrintWriter err) {
    BrokerPacts broker = new BrokerPacts(brokerUrl.strip(), environment.apply(brokerTokenEnv));
    List<String> chosen = selectors.isEmpty() ? List.of("{\"mainBranch\": true}", "{\"deployedOrReleased\": true}") : selectors;
    List<String> problems = new ArrayList<>();
    VerificationOutcome outcome;
    try (MockServer mock = MockServer.builder().port(0).build().start()) {
      outcome = PactVerification.builder().target(mock.baseUri()).states(new MockProviderStates(mock)).reportDir(reportDir)
          .build()
          .verify(broker.select(chosen), publishResults ? broker.publisher(providerVersion, providerBranch, problems) : null);
    } catch (RuntimeException e) {
      err.println("contract pact verify: the broker at " + brokerUrl + " did not answer as expected: "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return ContractCli.USAGE_ERROR;
    }
    problems.forEach(problem -> err.println("contract pact verify: results not published: " + problem));
    return report(out, outcome);
  }

  private String brokerProblem() {
    if (brokerUrl == null) {
      if (pacts.isEmpty()) {
        return "name pact files or folders, or --broker-url";
      }
      return publishResults ? "--publish-results needs --broker-url" : null;
    }
    if (!pacts.isEmpty() || baseUrl != null) {
      return "--broker-url verifies the broker's pacts against the embedded mock; leave out PACT files and --base-url";
    }
    if (publishResults && (providerVersion == null || providerVersion.isBlank())) {
      return "--publish-results needs --provider-version";
    }
    return null;
  }

  private String realServerProblem() {
    URI uri;
    try {
      uri = URI.create(baseUrl.strip());
    } catch (IllegalArgumentException e) {
      return "--base-url is not a URL: " + baseUrl;
    }
    if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      return "--base-url must be an http or https URL, not " + baseUrl;
    }
    if (fixtures == null) {
      return "--base-url needs --fixtures FILE naming the server's ids for the pacts' provider states";
    }
    String token = environment.apply(tokenEnv);
    if (token == null || token.isBlank()) {
      return "the token variable " + tokenEnv + " is not set (--token-env names it)";
    }
    return null;
  }
}
