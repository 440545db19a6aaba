package io.activations.contract.pact.verify;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.FileSource;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.IConsumerInfo;
import au.com.dius.pact.provider.IHttpClientFactory;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderInfo;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.VerificationResult;
import au.com.dius.pact.provider.reporters.ReporterManager;
import io.activations.contract.mock.states.ProviderStates;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Replays pacts against a provider with Pact JVM's {@link ProviderVerifier}: provider states are set
 * up through {@link ProviderStates} (or a state-change URL), a real token replaces the mock's
 * example token on the way out, and Pact's JSON and Markdown verification reports are written.
 */
public final class PactVerification {

  public static final String PROVIDER = "activations-api";

  /**
   * Pact's HTTP client without automatic retries: HttpClient 5 otherwise waits out a 429's
   * Retry-After and retries, so a pact expecting 429 would see the next window's 200.
   */
  private static final IHttpClientFactory NO_RETRIES = provider -> HttpClients.custom().disableAutomaticRetries().build();

  private final URI target;
  private final ProviderStates states;
  private final URL stateChangeUrl;
  private final Path reportDir;
  private final TokenInjection token;

  private PactVerification(Builder builder) {
    this.target = Objects.requireNonNull(builder.target, "target");
    this.states = builder.states;
    this.stateChangeUrl = builder.stateChangeUrl;
    this.reportDir = Objects.requireNonNull(builder.reportDir, "reportDir");
    this.token = new TokenInjection(builder.token);
    if (states == null && stateChangeUrl == null) {
      throw new IllegalArgumentException("provider states need a ProviderStates or a state-change URL");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Verifies every interaction of the pact files (each a pact, not a folder). */
  public VerificationOutcome verifyFiles(List<Path> pactFiles) {
    List<IConsumerInfo> consumers = new ArrayList<>();
    for (Path file : pactFiles) {
      Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
      ConsumerInfo consumer = new ConsumerInfo(pact.getConsumer().getName());
      consumer.setPactSource(new FileSource(file.toFile(), null));
      consumers.add(consumer);
    }
    return verify(consumers, null);
  }

  /**
   * Verifies the consumers' pacts (for example fetched from a broker) and hands each pact's result
   * to {@code results} (for publishing).
   */
  public VerificationOutcome verify(List<IConsumerInfo> consumers, ResultSink results) {
    ProviderInfo provider = provider();
    ProviderVerifier verifier = new ProviderVerifier();
    File reports = reportDir.toFile();
    verifier.setReporters(List.of(ReporterManager.createReporter("json", reports, verifier),
        ReporterManager.createReporter("markdown", reports, verifier)));
    InProcessStateChange inProcess = null;
    if (stateChangeUrl == null) {
      inProcess = new InProcessStateChange(states);
      verifier.setStateChangeHandler(inProcess);
    }
    verifier.initialiseReporters(provider);
    List<InteractionOutcome> outcomes = new ArrayList<>();
    ProviderClient client = new ProviderClient(provider, NO_RETRIES);
    for (IConsumerInfo consumer : consumers) {
      Pact pact = verifier.loadPactFileForConsumer(consumer);
      verifier.reportVerificationForConsumer(consumer, provider, pact.getSource());
      VerificationResult all = null;
      for (Object item : pact.getInteractions()) {
        Interaction interaction = (Interaction) item;
        Map<String, Object> failures = new HashMap<>();
        VerificationResult result = verifier.verifyInteraction(provider, consumer, failures, interaction, client);
        all = all == null ? result : all.merge(result);
        String stateFailure = inProcess == null ? null : inProcess.failures().get(interaction.getDescription());
        outcomes.add(outcome(consumer.getName(), interaction.getDescription(), result, stateFailure));
      }
      if (results != null && all != null) {
        results.accept(pact, all);
      }
    }
    verifier.finaliseReports();
    TokenInjection.redactFiles(reportDir, token);
    return new VerificationOutcome(outcomes);
  }

  ProviderInfo provider() {
    ProviderInfo provider = new ProviderInfo(PROVIDER);
    provider.setProtocol(target.getScheme());
    provider.setHost(target.getHost());
    provider.setPort(target.getPort() > 0 ? target.getPort() : "https".equals(target.getScheme()) ? 443 : 80);
    provider.setPath(target.getPath() == null || target.getPath().isEmpty() ? "/" : target.getPath());
    provider.setStateChangeTeardown(true);
    if (stateChangeUrl != null) {
      provider.setStateChangeUrl(stateChangeUrl);
      provider.setStateChangeUsesBody(true);
    }
    if (token.active()) {
      Consumer<HttpRequest> filter = token::apply;
      provider.setRequestFilter(filter);
    }
    return provider;
  }

  private InteractionOutcome outcome(String consumer, String description, VerificationResult result, String stateFailure) {
    if (result instanceof VerificationResult.Failed failed) {
      String reason = stateFailure != null
          ? "provider state not set up: " + stateFailure
          : failed.getFailures().values().stream().flatMap(List::stream)
              .map(VerificationFailureType::description)
              .map(text -> text.replaceAll("\\s+", " ").trim())
              .distinct()
              .collect(Collectors.joining("; "));
      return new InteractionOutcome(consumer, description, false, token.redact(reason.isEmpty() ? failed.getDescription() : reason));
    }
    return new InteractionOutcome(consumer, description, true, "");
  }

  /** Receives one pact's combined result, for example to publish it to a broker. */
  @FunctionalInterface
  public interface ResultSink {
    void accept(Pact pact, VerificationResult result);
  }

  public static final class Builder {
    private URI target;
    private ProviderStates states;
    private URL stateChangeUrl;
    private Path reportDir = Path.of("target", "contract-report");
    private String token;

    private Builder() {}

    /** The provider's base URL (the embedded mock's or a real server's). */
    public Builder target(URI target) {
      this.target = target;
      return this;
    }

    /** Sets up the pacts' provider states in this JVM. */
    public Builder states(ProviderStates states) {
      this.states = states;
      return this;
    }

    /** Sets up provider states through a state-change endpoint instead, as any Pact verifier would. */
    public Builder stateChangeUrl(URL url) {
      this.stateChangeUrl = url;
      return this;
    }

    /** Where Pact's JSON and Markdown reports go. */
    public Builder reportDir(Path reportDir) {
      this.reportDir = reportDir;
      return this;
    }

    /** A real token to send instead of the mock's example token; never written anywhere. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    public PactVerification build() {
      return new PactVerification(this);
    }
  }
}
