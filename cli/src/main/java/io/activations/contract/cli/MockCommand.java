package io.activations.contract.cli;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.FixturesException;
import io.activations.contract.mock.fixtures.Workspace;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code ./contract mock}: serves the stateful mock of the Activations API until stopped. Prints
 * the URL and the accepted tokens first; stops cleanly on Ctrl+C or SIGTERM (a shutdown hook
 * closes the server, so in-flight requests finish and the port is released).
 */
@Command(
    name = "mock",
    mixinStandardHelpOptions = true,
    description = {
        "Serves the stateful mock of the Activations API (loopback only unless --host says otherwise).",
        "Exit codes: 0 stopped, 2 bad option, unreadable fixtures or an address that cannot be bound."})
final class MockCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandSpec command;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "An extra token accepted for the first workspace of the fixtures (repeatable).")
  private List<String> extraTokens = new ArrayList<>();

  @Option(names = "--fixtures", paramLabel = "FILE",
      description = "A JSON file with the world to serve (default: the built-in fixtures).")
  private Path fixturesFile;

  @Option(names = "--default-rate-limit", paramLabel = "PER_MINUTE",
      description = "Limit of the operations whose spec limit is 'default' (default: 1000).")
  private Integer defaultRateLimit;

  @Option(names = "--rate-limit-scale", paramLabel = "FACTOR",
      description = "Multiplies every rate limit, for load tests (default: 1).")
  private Double rateLimitScale;

  @Option(names = "--no-rate-limits",
      description = "Lifts every rate limit, for load tests (the headers are still sent).")
  private boolean rateLimitsLifted;

  @Option(names = "--provider-states",
      description = "Also serve a provider-state change endpoint for Pact verifiers (loopback clients only).")
  private boolean providerStates;

  /** The running server, so a test (or the shutdown hook) can stop it. */
  private volatile MockServer running;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    MockServer server;
    try {
      server = configure().build().start();
    } catch (FixturesException | IllegalArgumentException | UncheckedIOException e) {
      err.println("contract mock: " + e.getMessage());
      err.flush();
      return ContractCli.USAGE_ERROR;
    }
    running = server;
    Thread hook = new Thread(() -> stop(out), "contract-mock-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    printBanner(out, server);
    try {
      server.awaitStop();
    } finally {
      removeHook(hook);
    }
    return 0;
  }

  private MockServer.Builder configure() throws FixturesException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, not " + port);
    }
    Fixtures fixtures = fixturesFile == null ? Fixtures.defaults() : Fixtures.load(fixturesFile);
    for (String token : extraTokens) {
      if (fixtures.workspaces().isEmpty()) {
        throw new IllegalArgumentException("--token needs a workspace, and the fixtures have none");
      }
      fixtures = fixtures.withToken(fixtures.workspaces().get(0).id(), token);
    }
    MockServer.Builder builder = MockServer.builder().host(host).port(port).fixtures(fixtures)
        .rateLimitsLifted(rateLimitsLifted).providerStates(providerStates);
    if (defaultRateLimit != null) {
      builder.defaultRateLimitPerMinute(defaultRateLimit);
    }
    if (rateLimitScale != null) {
      builder.rateLimitScale(rateLimitScale);
    }
    return builder;
  }

  private void printBanner(PrintWriter out, MockServer server) {
    out.println("Activations API mock listening on " + server.baseUri());
    out.println("Fixtures: " + (fixturesFile == null ? "built-in defaults" : fixturesFile));
    out.println("Accepted tokens (send Authorization: Bearer <token>):");
    for (Map.Entry<String, Workspace> token : server.fixtures().tokens().entrySet()) {
      Workspace workspace = token.getValue();
      out.println("  " + token.getKey() + "  workspace " + workspace.id() + " (" + workspace.name() + ")");
    }
    server.providerStatesUri().ifPresent(uri -> out.println("Provider states (Pact --state-change-url): " + uri));
    server.rateLimitAdjustment().ifPresent(adjustment -> out.println("Note: " + adjustment));
    out.println("Press Ctrl+C to stop.");
    out.flush();
  }

  /** Closes the server; waits for in-flight requests. Safe to call twice. */
  void stop(PrintWriter out) {
    MockServer server = running;
    if (server != null && server.isRunning()) {
      server.close();
      out.println("Activations API mock stopped.");
      out.flush();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting and the hook is running or has run: nothing to remove
    }
  }
}
