package io.activations.contract.pact.verify;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import io.activations.contract.mock.states.ProviderStateNames;
import java.nio.file.Path;
import java.util.Map;

/** Small pacts written with Pact's DSL for the verification tests: one the mock honours, ones it cannot. */
final class ProviderPacts {

  static final String ACTIVATION_PATH = "/spaces/${spaceId}/audiences/${audienceId}/activations/${activationId}";
  static final String EXAMPLE_PATH =
      "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321";

  private ProviderPacts() {}

  /** GET an existing activation, expecting its id and name. */
  static Path honoured(Path dir) {
    return write(dir, "honoured", getActivation(ProviderStateNames.ACTIVATION_EXISTS, new PactDslJsonBody()
        .object("data").object("activation")
        .stringMatcher("id", "^act_[A-Za-z0-9]+$", "act_987654321")
        .stringType("activationName", "Test Activation")
        .closeObject().closeObject()));
  }

  /** Expects a field the mock never sends. */
  static Path expectingAFieldTheMockDoesNotSend(Path dir) {
    return write(dir, "unhonoured", getActivation(ProviderStateNames.ACTIVATION_EXISTS, new PactDslJsonBody()
        .object("data").object("activation")
        .stringType("colour", "blue")
        .closeObject().closeObject()));
  }

  /** Names a state the mock does not know. */
  static Path withUnknownState(Path dir) {
    return write(dir, "unknown-state", getActivation("the moon is full", new PactDslJsonBody()));
  }

  private static PactDslResponse getActivation(String state, au.com.dius.pact.consumer.dsl.DslPart body) {
    return ConsumerPactBuilder.consumer("a-consumer").hasPactWith(PactVerification.PROVIDER)
        .given(state, Map.of())
        .uponReceiving("a request for an activation")
        .method("GET")
        .pathFromProviderState(ACTIVATION_PATH, EXAMPLE_PATH)
        .headers("Authorization", "Bearer mock-token-workspace-a")
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", "application/vnd\\.segment\\.v1alpha\\+json.*", "application/vnd.segment.v1alpha+json")
        .body(body);
  }

  private static Path write(Path dir, String name, PactDslResponse response) {
    Path file = dir.resolve(name + ".json");
    DefaultPactWriter.INSTANCE.writePact(file.toFile(), response.toPact(V4Pact.class), PactSpecVersion.V4);
    return file;
  }
}
