package io.activations.contract.pact.verify;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.states.MockProviderStates;
import java.nio.file.Path;
import java.util.List;

/** Pacts replayed against a fresh embedded mock on a free loopback port, stopped afterwards. */
public final class EmbeddedMockVerification {

  private EmbeddedMockVerification() {}

  public static VerificationOutcome run(List<Path> pactFiles, Path reportDir) {
    try (MockServer mock = MockServer.builder().port(0).build().start()) {
      return PactVerification.builder()
          .target(mock.baseUri())
          .states(new MockProviderStates(mock))
          .reportDir(reportDir)
          .build()
          .verifyFiles(pactFiles);
    }
  }
}
