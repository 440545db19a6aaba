package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suite's own baseline: a correct server (the mock) passes every case, so every failure elsewhere is the fault's. */
class SuiteAgainstMockTest {

  @Test
  void suite_againstTheMock_passesEveryCaseAndCleansUp() {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      SuiteResult result = ContractSuite.forTarget(target).run();

      assertThat(result.failures())
          .as(() -> result.failures().stream().map(Transcript::of).collect(Collectors.joining("\n")))
          .isEmpty();
      assertThat(result.skipped()).isZero();
      assertThat(result.cases().get(result.cases().size() - 1).title()).isEqualTo("cleanup > every resource the run created is removed");
      assertThat(result.notes()).allMatch(note -> note.startsWith("paced by the rate-limit headers"));
    }
  }
}
