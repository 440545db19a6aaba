package io.activations.contract.cli;

import io.activations.contract.pact.broker.BrokerPublisher;
import io.activations.contract.pact.check.PactFile;
import io.activations.contract.pact.check.PactFileException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./contract pact publish PACT... --broker-url URL --consumer-version V [--branch B]}. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
        "Publishes pact files to a Pact Broker or PactFlow; the broker token is read from an environment variable.",
        "Exit codes: 0 every pact published, 2 a usage error or a broker that refused or could not be reached."})
final class PactPublishCommand implements Callable<Integer> {

  static final String DEFAULT_TOKEN_ENV = "PACT_BROKER_TOKEN";

  @CommandLine.Spec
  private CommandSpec command;

  @Parameters(arity = "1..*", paramLabel = "PACT", description = "Pact files or folders of pact files.")
  private List<Path> pacts;

  @Option(names = "--broker-url", required = true, paramLabel = "URL", description = "The broker's base URL.")
  private String brokerUrl;

  @Option(names = "--consumer-version", required = true, paramLabel = "V",
      description = "The consumer's version (for example the git commit).")
  private String consumerVersion;

  @Option(names = "--branch", paramLabel = "B", description = "The consumer's branch.")
  private String branch;

  @Option(names = "--token-env", paramLabel = "VAR", defaultValue = DEFAULT_TOKEN_ENV,
      description = "Environment variable holding the broker's bearer token (default: ${DEFAULT-VALUE}); unset: none.")
  private String tokenEnv;

  private final Function<String, String> environment;

  PactPublishCommand() {
    this(System::getenv);
  }

  PactPublishCommand(Function<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    URI broker;
    try {
      broker = URI.create(brokerUrl.strip());
    } catch (IllegalArgumentException e) {
      err.println("contract pact publish: --broker-url is not a URL: " + brokerUrl);
      return ContractCli.USAGE_ERROR;
    }
    if (broker.getHost() == null || !("http".equals(broker.getScheme()) || "https".equals(broker.getScheme()))) {
      err.println("contract pact publish: --broker-url must be an http or https URL, not " + brokerUrl);
      return ContractCli.USAGE_ERROR;
    }
    if (consumerVersion.isBlank()) {
      err.println("contract pact publish: --consumer-version must not be blank");
      return ContractCli.USAGE_ERROR;
    }
    List<Path> files;
    try {
      files = PactFile.expand(pacts);
      for (Path file : files) {
        PactFile.read(file);
      }
    } catch (PactFileException e) {
      err.println("contract pact publish: " + e.getMessage());
      return ContractCli.USAGE_ERROR;
    }
    String token = environment.apply(tokenEnv);
    int failed = 0;
    for (BrokerPublisher.PublishResult result : new BrokerPublisher(broker.toString(), token)
        .publish(files, consumerVersion, branch)) {
      String message = token == null || token.isBlank() ? result.message() : result.message().replace(token, "***");
      if (result.published()) {
        out.println("published " + result.file());
      } else {
        failed++;
        err.println("contract pact publish: " + result.file() + ": " + message.lines().findFirst().orElse(""));
      }
    }
    out.flush();
    err.flush();
    return failed == 0 ? 0 : ContractCli.USAGE_ERROR;
  }
}
