package io.activations.contract.pact.broker;

import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes pact files to a Pact Broker (or PactFlow) with Pact JVM's {@link PactBrokerClient}: the
 * consumer version and branch the consumer's CI names, authenticated with a bearer token.
 */
public final class BrokerPublisher {

  private final PactBrokerClient client;

  /**
   * @param token the broker's bearer token; null or blank for a broker without authentication
   */
  public BrokerPublisher(String brokerUrl, String token) {
    Objects.requireNonNull(brokerUrl, "brokerUrl");
    Map<String, Object> options = new HashMap<>();
    if (token != null && !token.isBlank()) {
      options.put("authentication", List.of("bearer", token));
    }
    this.client = new PactBrokerClient(brokerUrl, options, new PactBrokerClientConfig());
  }

  /** One line per file: what the broker answered, or why it failed; throws nothing for a broker's refusal. */
  public List<PublishResult> publish(List<Path> pactFiles, String consumerVersion, String branch) {
    List<PublishResult> results = new ArrayList<>();
    PublishConfiguration configuration = new PublishConfiguration(consumerVersion, List.of(), branch, null);
    for (Path file : pactFiles) {
      Result<String, Exception> result = client.uploadPactFile(file.toFile(), configuration);
      if (result instanceof Result.Err<?> err) {
        Exception error = (Exception) err.getError();
        results.add(new PublishResult(file, false, error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
      } else {
        results.add(new PublishResult(file, true, String.valueOf(((Result.Ok<?>) result).getValue())));
      }
    }
    return results;
  }

  /** How one pact file fared. */
  public record PublishResult(Path file, boolean published, String message) {}
}
