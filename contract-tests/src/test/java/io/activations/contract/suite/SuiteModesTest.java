package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.fault.Fault;
import io.activations.contract.suite.internal.fault.FaultInjectingTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

class SuiteModesTest {

  @Test
  void run_readOnly_sendsNothingButReadsAndStillPasses() {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      SuiteResult result = ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withReadOnly(true)).run();

      assertThat(result.failures()).isEmpty();
      assertThat(result.cases().stream().flatMap(c -> c.exchanges().stream()).map(e -> e.request().method())).containsOnly("GET");
      assertThat(result.skipped()).isPositive();
      assertThat(result.passed()).isGreaterThan(50);
    }
  }

  @Test
  void run_noBurst_neverProvokesA429() {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      SuiteResult result = ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withBurst(false)).run();

      assertThat(result.failures()).isEmpty();
      assertThat(result.cases().stream().flatMap(c -> c.exchanges().stream())).noneMatch(e -> e.status() == 429);
      assertThat(result.cases().stream().filter(c -> c.name().startsWith("rate limit: a burst")))
          .isNotEmpty().allMatch(c -> c.status() == CaseStatus.SKIPPED);
    }
  }

  @Test
  void run_againstTheMock_exercisesEveryDeclaredStatusWithAtLeast300Cases() {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      SuiteResult result = ContractSuite.forTarget(target).run();

      assertThat(result.coverage().missing()).as("declared statuses never exercised").isZero();
      assertThat(result.cases()).hasSizeGreaterThanOrEqualTo(300);
      assertThat(result.allPassed()).isTrue();
    }
  }

  @Test
  void run_whenCasesFail_stillRemovesEverythingItCreated() {
    try (FaultInjectingTarget target = FaultInjectingTarget.start(Fault.UNDECLARED_STATUS)) {
      Set<String> before = ids(target);

      SuiteResult result = ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withBurst(false)).run();

      assertThat(result.failed()).isPositive();
      assertThat(result.cases().get(result.cases().size() - 1).status()).isEqualTo(CaseStatus.PASSED);
      assertThat(ids(target)).isEqualTo(before);
    }
  }

  @Test
  void run_whenAnotherClientUsedTheBudget_neverSendsThePostTwice_skipsThatCaseAndPasses() throws Exception {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      // 51 creates of a connection for a space that does not exist: nothing is created, the budget of 50 is gone
      URI create = URI.create(target.baseUri() + "/spaces/spa_missing/audiences/aud_missing/destination-connections");
      HttpClient client = HttpClient.newHttpClient();
      for (int i = 0; i < 51; i++) {
        client.send(HttpRequest.newBuilder(create).header("Authorization", "Bearer " + target.token().reveal())
            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
      }

      SuiteResult result = ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withBurst(false)).run();

      assertThat(result.failures()).isEmpty();
      CaseResult first = result.byGroup().get("addActivationToAudience").get(0);
      assertThat(first.exchanges()).as("the POST that got an unplanned 429 is not sent again")
          .extracting(e -> e.request().method() + " " + e.status()).containsExactly("POST 429");
      assertThat(first.status()).isEqualTo(CaseStatus.SKIPPED);
      assertThat(first.note()).contains("never sent twice");
      assertThat(result.byGroup().get("addActivationToAudience").get(1).status()).as("the window was waited out")
          .isEqualTo(CaseStatus.PASSED);
    }
  }

  @Test
  void dynamicTests_filtered_removeWhatTheSelectedCasesCreated_whenJUnitClosesTheStream() throws Throwable {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      Set<String> before = ids(target);
      try (Stream<DynamicNode> nodes = ContractSuite.forTarget(target).dynamicTests()) {
        // as a filtered run does: one case of one operation, and never the cleanup case
        DynamicContainer operation = nodes.map(DynamicContainer.class::cast)
            .filter(container -> container.getDisplayName().equals("addActivationToAudience")).findFirst().orElseThrow();
        ((DynamicTest) operation.getChildren().findFirst().orElseThrow()).getExecutable().execute();

        assertThat(ids(target)).as("the case created a connection and an activation").isNotEqualTo(before);
      }

      assertThat(ids(target)).isEqualTo(before);
    }
  }

  /** Every connection and activation id of the fixture audience, read over plain HTTP. */
  private static Set<String> ids(Target target) {
    TargetFixtures fixtures = target.fixtures();
    String base = target.baseUri() + "/spaces/" + fixtures.spaceId() + "/audiences/" + fixtures.audienceId();
    Set<String> ids = new TreeSet<>();
    for (String list : new String[] {"/destination-connections", "/activations"}) {
      JsonNode data = get(target, base + list + "?pagination.count=1000").path("data");
      data.elements().forEachRemaining(value -> value.forEach(item -> ids.add(item.path("id").asText())));
    }
    return ids;
  }

  private static JsonNode get(Target target, String uri) {
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri))
          .header("Authorization", "Bearer " + target.token().reveal()).build(), HttpResponse.BodyHandlers.ofByteArray());
      return Json.parse(response.body()).orElseThrow();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
