package io.activations.contract.pact.produced;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.MockServer;
import io.activations.contract.pact.verify.EmbeddedMockVerification;
import io.activations.contract.pact.verify.PactVerification;
import io.activations.contract.pact.verify.VerificationOutcome;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs last (its own surefire execution in integration-test): the pacts this build wrote, replayed
 * with Pact's verifier against a fresh embedded mock.
 */
class ProducedPactsVerifyAgainstMock {

  @Test
  void producedPacts_passAgainstTheMock() throws Exception {
    VerificationOutcome outcome = EmbeddedMockVerification.run(ProducedPacts.files(),
        Path.of("target", "pact-verification", "in-process"));
    assertThat(outcome.failed()).as(outcome.interactions().toString()).isZero();
    assertThat(outcome.passed()).isEqualTo(15);
  }

  /** The same through the mock's provider-state endpoint, set up the way any Pact verifier calls it. */
  @Test
  void producedPacts_passThroughTheStateChangeEndpoint() throws Exception {
    try (MockServer mock = MockServer.builder().providerStates(true).build().start()) {
      VerificationOutcome outcome = PactVerification.builder()
          .target(mock.baseUri())
          .stateChangeUrl(mock.providerStatesUri().orElseThrow().toURL())
          .reportDir(Path.of("target", "pact-verification", "state-change-url"))
          .build()
          .verifyFiles(ProducedPacts.files());
      assertThat(outcome.failed()).as(outcome.interactions().toString()).isZero();
      assertThat(outcome.passed()).isEqualTo(15);
    }
  }
}
