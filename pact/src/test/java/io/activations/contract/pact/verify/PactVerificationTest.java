package io.activations.contract.pact.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fixtures.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pact's verifier against the mock: honoured pacts pass, a pact the mock does not honour fails, tokens stay secret. */
class PactVerificationTest {

  private static final String SECRET = "s3cr3t-token-never-written";

  @TempDir Path dir;

  @Test
  void pactTheMockHonours_passes_andReportsAreWritten() throws Exception {
    Path reports = dir.resolve("reports");
    VerificationOutcome outcome = EmbeddedMockVerification.run(List.of(ProviderPacts.honoured(dir)), reports);
    assertThat(outcome.summary()).isEqualTo("1 passed, 0 failed");
    try (Stream<Path> written = Files.walk(reports)) {
      assertThat(written.map(p -> p.getFileName().toString())).anyMatch(name -> name.endsWith(".json"))
          .anyMatch(name -> name.endsWith(".md"));
    }
  }

  @Test
  void pactExpectingWhatTheMockDoesNotDo_fails() {
    VerificationOutcome outcome = EmbeddedMockVerification.run(
        List.of(ProviderPacts.expectingAFieldTheMockDoesNotSend(dir)), dir.resolve("reports"));
    assertThat(outcome.summary()).isEqualTo("0 passed, 1 failed");
    assertThat(outcome.interactions().get(0).reason()).contains("colour");
  }

  @Test
  void unknownState_failsItsInteractionWithAReason() {
    VerificationOutcome outcome = EmbeddedMockVerification.run(List.of(ProviderPacts.withUnknownState(dir)), dir.resolve("reports"));
    assertThat(outcome.failed()).isEqualTo(1);
    assertThat(outcome.interactions().get(0).reason()).contains("unknown provider state 'the moon is full'");
  }

  /**
   * A "real server" (the mock on another port, accepting a token only for workspace B) with a
   * fixtures file of workspace B's ids: the verification passes only if the token was injected,
   * and the token appears in no report and no outcome.
   */
  @Test
  void realServer_getsTheInjectedToken_whichIsNeverWritten() throws Exception {
    Fixtures fixtures = Fixtures.defaults().withToken("wrk_4Hn8Qw2Er6Ty0Ui3Op5As7Df", SECRET);
    Path reports = dir.resolve("reports");
    try (MockServer server = MockServer.builder().fixtures(fixtures).build().start()) {
      VerificationOutcome outcome = PactVerification.builder()
          .target(server.baseUri())
          .token(SECRET)
          .states(new FixtureFileStates(Map.of("spaceId", "spa_3Xc5Vb7Nm9Lk1Jh3Gf5Ds7Aq",
              "audienceId", "aud_5tGbYhNuJmIk8Ol9Pq1Wr3Es5D", "connectionId", "ii_555000111", "activationId", "act_555000222")))
          .reportDir(reports)
          .build()
          .verifyFiles(List.of(ProviderPacts.honoured(dir), ProviderPacts.expectingAFieldTheMockDoesNotSend(dir)));
      assertThat(outcome.summary()).isEqualTo("1 passed, 1 failed");
      assertThat(outcome.interactions()).allSatisfy(result -> assertThat(result.reason()).doesNotContain(SECRET));
    }
    try (Stream<Path> written = Files.walk(reports)) {
      for (Path file : written.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SECRET);
      }
    }
  }

  @Test
  void realServer_stateTheFixturesFileCannotGive_isReportedNotThrown() {
    try (MockServer server = MockServer.builder().build().start()) {
      VerificationOutcome outcome = PactVerification.builder()
          .target(server.baseUri())
          .states(new FixtureFileStates(Map.of("spaceId", "spa_9aQ1Lj62S4bomZKLF4DPqW")))
          .reportDir(dir.resolve("reports"))
          .build()
          .verifyFiles(List.of(ProviderPacts.honoured(dir)));
      assertThat(outcome.interactions().get(0).reason()).contains("names no audienceId");
    }
  }
}
