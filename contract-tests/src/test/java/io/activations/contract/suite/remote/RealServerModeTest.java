package io.activations.contract.suite.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.report.Finding;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.ContractSuite;
import io.activations.contract.suite.EmbeddedMockTarget;
import io.activations.contract.suite.SuiteOptions;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.Transcript;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Provenance;
import io.activations.contract.suite.internal.fault.Fault;
import io.activations.contract.suite.internal.fault.FaultInjectingTarget;
import io.activations.contract.suite.internal.fault.RewritingProxy;
import io.activations.contract.suite.internal.report.SuiteReports;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real-server mode, proven both ways: a server that does what the vendor documents for its live
 * API passes with warnings at most (and fails only when strict), and every fault still fails the
 * run unless the rule it breaks is a house rule, which then warns (and fails when strict).
 */
class RealServerModeTest {

  /** Everything a real server allows when asked (--allow-writes --burst); bursts of the default limit left out for time. */
  private static final SuiteOptions ALL = SuiteOptions.remoteDefaults().withReadOnly(false).withBurst(true).withMaxBurstRequests(100);

  @Test
  void liveBehaviours_defaultRun_passesWithHouseRuleWarnings_andStrictFailsOnThem() throws Exception {
    SuiteResult lenient = runBehindLiveProxy(SuiteOptions.remoteDefaults());
    SuiteResult strict = runBehindLiveProxy(SuiteOptions.remoteDefaults().withStrict(true));

    assertThat(lenient.failures()).as(() -> transcripts(lenient.failures())).isEmpty();
    assertThat(warningKeys(lenient)).as("the live behaviours break house rules only")
        .isNotEmpty().allMatch(key -> FindingKey.provenanceOf(key) == Provenance.HOUSE_RULE
            || FindingKey.of(key).map(k -> k.level() != io.activations.contract.report.Level.ERROR).orElse(false));
    assertThat(warningKeys(lenient)).contains("case.status.houseRule", "pagination.totalEntries.mismatch");
    assertThat(strict.failed()).isPositive();
    assertThat(strict.failures().stream().flatMap(c -> c.errors().stream()).map(Finding::key))
        .allMatch(key -> FindingKey.provenanceOf(key) == Provenance.HOUSE_RULE);
  }

  @Test
  void liveBehaviours_withWritesAndBursts_stillPassWithWarningsAtMost() throws Exception {
    SuiteResult result = runBehindLiveProxy(ALL);

    assertThat(result.failures()).as(() -> transcripts(result.failures())).isEmpty();
    assertThat(warningKeys(result)).contains("ratelimit.retryAfter.missing");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void everyFault_inRealServerMode_failsTheRun_orWarnsWhenItBreaksAHouseRule(Fault fault) {
    SuiteResult lenient = runWithFault(fault, ALL);

    Set<String> failing = lenient.failures().stream().flatMap(c -> c.errors().stream()).map(Finding::key).collect(Collectors.toSet());
    if (failing.isEmpty()) {
      // only house rules or warning-level checks broke: they warn, and a strict run fails on them
      assertThat(warningKeys(lenient)).as("%s is reported as a warning", fault).isNotEmpty()
          .anyMatch(key -> FindingKey.provenanceOf(key) == Provenance.HOUSE_RULE
              || FindingKey.of(key).map(k -> k.level() != io.activations.contract.report.Level.ERROR).orElse(false));
      assertThat(runWithFault(fault, ALL.withStrict(true)).failed()).as("a strict run fails on %s", fault).isPositive();
    } else {
      assertThat(failing).as("%s fails on vendor-documented rules", fault)
          .anyMatch(key -> FindingKey.provenanceOf(key) == Provenance.VENDOR_DOCUMENTED);
    }
  }

  @Test
  void aServerThatEchoesTheToken_isJudged_andTheTokenIsMaskedInEveryResultAndReport() throws Exception {
    EmbeddedMockTarget mock = EmbeddedMockTarget.start();
    String token = mock.token().reveal();
    RewritingProxy proxy = RewritingProxy.start(mock.baseUri(),
        (request, answer) -> answer.withHeader("X-Echo", request.headers().getOrDefault("Authorization", List.of("")).get(0)));
    try (AsRealServer target = new AsRealServer(mock, proxy.baseUri(), proxy)) {
      SuiteResult result = ContractSuite.forTarget(target).withOptions(SuiteOptions.remoteDefaults()).run();

      assertThat(result.failures()).as(() -> transcripts(result.failures())).isEmpty();
      String everything = transcripts(result.cases())
          + SuiteReports.renderers().stream().map(renderer -> renderer.render(result)).collect(Collectors.joining());
      assertThat(everything).doesNotContain(token).contains("X-Echo: Bearer ****");
    }
  }

  private static SuiteResult runBehindLiveProxy(SuiteOptions options) throws Exception {
    EmbeddedMockTarget mock = EmbeddedMockTarget.start();
    RewritingProxy proxy = RewritingProxy.start(mock.baseUri(), new LiveApiBehaviours(mock.fixtures()));
    try (AsRealServer target = new AsRealServer(mock, proxy.baseUri(), proxy)) {
      return ContractSuite.forTarget(target).withOptions(options).run();
    }
  }

  private static SuiteResult runWithFault(Fault fault, SuiteOptions options) {
    FaultInjectingTarget faulty = FaultInjectingTarget.start(fault);
    try (AsRealServer target = new AsRealServer(faulty, faulty.baseUri(), null)) {
      return ContractSuite.forTarget(target).withOptions(options).run();
    }
  }

  private static List<String> warningKeys(SuiteResult result) {
    return result.warned().stream().flatMap(c -> c.warnings().stream()).map(Finding::key).distinct().toList();
  }

  private static String transcripts(List<CaseResult> cases) {
    return cases.stream().map(Transcript::of).collect(Collectors.joining("\n"));
  }

}
