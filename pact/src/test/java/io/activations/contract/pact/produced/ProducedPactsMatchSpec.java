package io.activations.contract.pact.produced;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.pact.check.PactChecks;
import io.activations.contract.pact.check.PactFile;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs after the consumer tests (its own surefire execution in prepare-package): every interaction
 * of the pacts this build wrote is allowed by the spec, and they are V4 pacts covering all ten
 * operations.
 */
class ProducedPactsMatchSpec {

  @Test
  void producedPacts_areAllowedByTheSpec() throws Exception {
    Report report = PactChecks.checkAll(Spec.bundled(), ProducedPacts.files());
    assertThat(report.errors()).as(report.toString()).isEmpty();
    assertThat(report.warnings()).as(report.toString()).isEmpty();
  }

  @Test
  void producedPacts_areV4_andCoverTheTenOperations() throws Exception {
    Spec spec = Spec.bundled();
    java.util.Set<String> operations = new java.util.TreeSet<>();
    java.util.Set<Integer> statuses = new java.util.TreeSet<>();
    for (Path file : ProducedPacts.files()) {
      PactFile pact = PactFile.read(file);
      assertThat(pact.specVersion()).startsWith("4");
      pact.interactions().forEach(interaction -> {
        spec.match(interaction.request().method(), interaction.request().path())
            .ifPresent(match -> operations.add(match.operation().operationId()));
        statuses.add(interaction.response().status());
      });
    }
    assertThat(operations).hasSize(10);
    assertThat(statuses).contains(200, 401, 404, 409, 422, 429);
  }
}
