package io.activations.contract.mock;

import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.internal.ClockEndpoint;
import io.activations.contract.mock.internal.MockApi;
import io.activations.contract.mock.internal.RateLimitPolicy;
import io.activations.contract.mock.states.MockProviderStates;
import io.activations.contract.mock.states.ProviderStateHandler;
import io.activations.contract.spec.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The stateful Activations API mock on an embedded Jetty server.
 *
 * <pre>{@code
 * try (MockServer mock = MockServer.builder().port(0).build().start()) {
 *   URI baseUri = mock.baseUri();   // http://127.0.0.1:<free port>
 *   ...
 *   mock.reset();                   // back to the fixtures, full rate-limit budgets
 * }
 * }</pre>
 *
 * <p>Binds to 127.0.0.1 unless told otherwise. Thread safe; {@link #reset()} may be called while
 * requests are in flight (they finish on the state they started with).
 */
public final class MockServer implements AutoCloseable {

  private final Settings settings;
  private final MockApi api;
  private final Server server;
  private final ServerConnector connector;

  private MockServer(Settings settings) {
    this.settings = settings;
    this.api = new MockApi(settings.spec, settings.fixtures, settings.clock, settings.policy, settings.faults);
    QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads, Math.min(8, settings.maxThreads));
    threads.setName("activations-mock");
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // Jetty's default: a URI whose meaning depends on how it is decoded (an encoded '/', a '..' segment, ...)
    // is refused with a 400 (in the error envelope, see MockApi.errorHandler) rather than routed
    http.setUriCompliance(UriCompliance.DEFAULT);
    // Jetty's own choice of selectors (one on two cores): the handler never blocks, so requests run on
    // them directly; more selectors than that raised throughput a little but doubled tail latency
    this.connector = new ServerConnector(server, 1, -1, new HttpConnectionFactory(http));
    connector.setHost(settings.host);
    connector.setPort(settings.port);
    server.addConnector(connector);
    Handler api = settings.clockEndpoint ? ClockEndpoint.inFrontOf(this.api.handler(), settings.clock) : this.api.handler();
    server.setHandler(settings.providerStates ? new ProviderStateHandler(api, new MockProviderStates(this)) : api);
    server.setErrorHandler(this.api.errorHandler());
    server.setStopAtShutdown(false);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening; returns this for chaining.
   *
   * @throws UncheckedIOException when the address cannot be bound (for example a port in use)
   */
  public MockServer start() {
    try {
      server.start();
      return this;
    } catch (Exception e) {
      stopServer();
      Throwable cause = e.getCause() instanceof BindException ? e.getCause() : e;
      String message = "cannot listen on " + settings.host + ":" + settings.port + ": " + cause.getMessage();
      throw new UncheckedIOException(message, cause instanceof IOException io ? io : new IOException(cause));
    }
  }

  /** {@code http://host:port} of the running server (the actual port when built with port 0). */
  public URI baseUri() {
    if (!server.isStarted()) {
      throw new IllegalStateException("the mock is not running; call start() first");
    }
    String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
    return URI.create("http://" + host + ":" + connector.getLocalPort());
  }

  /** Back to the fixtures: created resources are gone, removed ones are back, rate-limit windows are forgotten. */
  public void reset() {
    api.reset();
  }

  public Fixtures fixtures() {
    return settings.fixtures;
  }

  /** Uses up the token's budget of the operation for the current window, so its next request gets 429. */
  public void useUpRateLimit(String token, String operationId) {
    api.useUpRateLimit(token, settings.spec.operation(operationId));
  }

  /** The provider-state change endpoint for Pact verifiers, when built with {@link Builder#providerStates}. */
  public Optional<URI> providerStatesUri() {
    return settings.providerStates ? Optional.of(baseUri().resolve(ProviderStateHandler.PATH)) : Optional.empty();
  }

  public Clock clock() {
    return settings.clock;
  }

  /** Describes the rate-limit settings when they differ from the API's; empty otherwise. */
  public Optional<String> rateLimitAdjustment() {
    RateLimitPolicy policy = settings.policy;
    return policy.isAdjusted() ? Optional.of(policy.describe()) : Optional.empty();
  }

  public boolean isRunning() {
    return server.isRunning();
  }

  /** Blocks until the server has stopped (for a command that serves until interrupted). */
  public void awaitStop() throws InterruptedException {
    server.join();
  }

  /** Stops listening and waits for in-flight requests to finish; safe to call more than once. */
  @Override
  public void close() {
    stopServer();
  }

  private void stopServer() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the mock did not stop cleanly: " + e.getMessage(), e);
    }
  }

  /** Settings of a mock; every one has a default, so {@code MockServer.builder().build()} works. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private Fixtures fixtures;
    private Clock clock = Clock.systemUTC();
    private Spec spec;
    private int defaultRateLimitPerMinute = RateLimitPolicy.DEFAULT_PER_MINUTE;
    private double rateLimitScale = 1.0;
    private boolean rateLimitsLifted;
    private int maxThreads = 64;
    private Set<MockFault> faults = Set.of();
    private boolean clockEndpoint;
    private boolean providerStates;

    private Builder() {}

    /** The address to bind; 127.0.0.1 by default. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one, see {@link #baseUri()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The world to start from and reset to; {@link Fixtures#defaults()} by default. */
    public Builder fixtures(Fixtures fixtures) {
      this.fixtures = Objects.requireNonNull(fixtures, "fixtures");
      return this;
    }

    /** The clock of rate-limit windows and timestamps; pass a {@link ManualClock} to control time in tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The spec to route and validate with; the bundled one by default. */
    public Builder spec(Spec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
      return this;
    }

    /** The limit of operations marked {@code default} in the spec (1000 per minute unless set). */
    public Builder defaultRateLimitPerMinute(int perMinute) {
      this.defaultRateLimitPerMinute = perMinute;
      return this;
    }

    /** Multiplies every limit (at least 1 per minute remains); for load tests. */
    public Builder rateLimitScale(double scale) {
      this.rateLimitScale = scale;
      return this;
    }

    /** True: no request is ever rate limited (the headers are still sent); for load tests. */
    public Builder rateLimitsLifted(boolean lifted) {
      this.rateLimitsLifted = lifted;
      return this;
    }

    /** Upper bound of Jetty's worker threads (64 by default). */
    public Builder maxThreads(int maxThreads) {
      if (maxThreads < 4) {
        throw new IllegalArgumentException("maxThreads must be at least 4, not " + maxThreads);
      }
      this.maxThreads = maxThreads;
      return this;
    }

    /**
     * Makes the mock break the contract in these ways, to show that a contract suite catches them;
     * none by default. Only code that builds the mock can set them, never a client of it.
     */
    public Builder faults(MockFault... faults) {
      this.faults = Set.of(faults);
      return this;
    }

    /**
     * True: the mock answers a test endpoint that moves its clock, for a client that is not in this
     * JVM and must let a rate-limit window pass ({@code POST /__mock/clock/advance?millis=N},
     * {@code GET /__mock/clock}); loopback clients only. Off by default.
     */
    public Builder clockEndpoint(boolean enabled) {
      this.clockEndpoint = enabled;
      return this;
    }

    /**
     * True: also serve the provider-state change endpoint ({@link ProviderStateHandler}) that Pact
     * verifiers call to set up a pact's states; off by default, answered to loopback clients only.
     */
    public Builder providerStates(boolean enabled) {
      this.providerStates = enabled;
      return this;
    }

    /** Builds a server that is not yet listening; call {@link MockServer#start()}. */
    public MockServer build() {
      RateLimitPolicy policy = new RateLimitPolicy(defaultRateLimitPerMinute, rateLimitScale, rateLimitsLifted);
      return new MockServer(new Settings(host, port, fixtures == null ? Fixtures.defaults() : fixtures,
          clockEndpoint ? ClockEndpoint.movable(clock) : clock, spec == null ? Spec.bundled() : spec, policy, maxThreads,
          faults, clockEndpoint, providerStates));
    }
  }

  /** What a server was built with; a snapshot, so reusing the builder changes nothing here. */
  private record Settings(String host, int port, Fixtures fixtures, Clock clock, Spec spec, RateLimitPolicy policy,
      int maxThreads, Set<MockFault> faults, boolean clockEndpoint, boolean providerStates) {}
}
