package io.activations.contract.pact.broker;

import au.com.dius.pact.core.pactbroker.ConsumerVersionSelectors;
import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.support.Result;
import au.com.dius.pact.core.support.json.JsonParser;
import au.com.dius.pact.provider.ConsumerInfo;
import au.com.dius.pact.provider.DefaultVerificationReporter;
import au.com.dius.pact.provider.IConsumerInfo;
import au.com.dius.pact.provider.ProviderInfo;
import io.activations.contract.pact.verify.PactVerification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pacts fetched from a Pact Broker with consumer version selectors (the broker's
 * pacts-for-verification), and verification results published back with the provider's version.
 */
public final class BrokerPacts {

  private final String brokerUrl;
  private final Map<String, Object> options = new HashMap<>();

  /** @param token the broker's bearer token; null or blank for none */
  public BrokerPacts(String brokerUrl, String token) {
    this.brokerUrl = brokerUrl;
    if (token != null && !token.isBlank()) {
      options.put("authentication", List.of("bearer", token));
    }
  }

  /**
   * The pacts the broker selects for this provider.
   *
   * @param selectors JSON objects such as {@code {"mainBranch": true}} or {@code {"deployedOrReleased": true}}
   */
  public List<IConsumerInfo> select(List<String> selectors) {
    List<ConsumerVersionSelectors> parsed = new ArrayList<>();
    for (String selector : selectors) {
      parsed.add(new ConsumerVersionSelectors.RawSelector(JsonParser.parseString(selector)));
    }
    List<ConsumerInfo> consumers = new ProviderInfo(PactVerification.PROVIDER)
        .hasPactsFromPactBrokerWithSelectorsV2(options, brokerUrl, parsed);
    return new ArrayList<>(consumers);
  }

  /** Publishes each pact's result with the provider's version (and branch); returns the broker's complaints. */
  public PactVerification.ResultSink publisher(String providerVersion, String providerBranch, List<String> problems) {
    PactBrokerClient client = new PactBrokerClient(brokerUrl, options, new PactBrokerClientConfig());
    return (pact, result) -> {
      try {
        Result<Boolean, List<String>> published = DefaultVerificationReporter.INSTANCE.reportResults(
            pact, result.toTestResult(), providerVersion, client, List.of(), providerBranch);
        if (published instanceof Result.Err<?> err) {
          problems.add(String.valueOf(err.getError()));
        }
      } catch (RuntimeException e) {
        // a broker that lacks a relation or refuses: reported, not a crash
        problems.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
      }
    };
  }
}
