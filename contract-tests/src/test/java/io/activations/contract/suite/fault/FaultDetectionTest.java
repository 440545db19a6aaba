package io.activations.contract.suite.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.report.Finding;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.ContractSuite;
import io.activations.contract.suite.SuiteOptions;
import io.activations.contract.suite.SuiteResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every fault a broken server can have, the suite fails, and the finding that says why has the expected key. */
class FaultDetectionTest {

  /** Bursts of the 1000-per-minute default limit are left out here: the numeric limits cover the 429 faults. */
  private static final SuiteOptions OPTIONS = SuiteOptions.defaults().withMaxBurstRequests(100);

  private record Expected(String key, String location) {}

  private static final Map<Fault, Expected> EXPECTED = new EnumMap<>(Map.ofEntries(
      Map.entry(Fault.DROP_REQUIRED_FIELD, new Expected("response.body.required", null)),
      Map.entry(Fault.WRONG_FIELD_TYPE, new Expected("response.body.type", null)),
      Map.entry(Fault.UNDECLARED_STATUS, new Expected("response.status.undeclared", null)),
      Map.entry(Fault.SERVER_ERROR, new Expected("response.status.serverError", null)),
      Map.entry(Fault.WRONG_CONTENT_TYPE, new Expected("response.contentType.undeclared", null)),
      Map.entry(Fault.MISSING_CONSUMED_HEADER, new Expected("ratelimit.header.missing", "X-RateLimit-Consumed")),
      Map.entry(Fault.MISSING_REMAINING_HEADER, new Expected("ratelimit.header.missing", "X-RateLimit-Remaining")),
      Map.entry(Fault.MISSING_RESET_HEADER, new Expected("ratelimit.header.missing", "X-RateLimit-Reset")),
      Map.entry(Fault.MALFORMED_RESET, new Expected("ratelimit.reset.malformed", "X-RateLimit-Reset")),
      Map.entry(Fault.BUDGET_MISMATCH, new Expected("ratelimit.budget.mismatch", null)),
      Map.entry(Fault.MISSING_RETRY_AFTER, new Expected("ratelimit.retryAfter.missing", "Retry-After")),
      Map.entry(Fault.INVALID_BODY_ACCEPTED, new Expected("case.invalidRequest.accepted", null)),
      Map.entry(Fault.MISSING_TOKEN_ACCEPTED, new Expected("auth.notEnforced", null)),
      Map.entry(Fault.FOREIGN_ACTIVATION_SERVED, new Expected("isolation.foreignResourceVisible", null)),
      Map.entry(Fault.PAGE_REPEATS_ITEM, new Expected("pagination.item.repeated", null))));

  static Stream<Arguments> faults() {
    return Stream.of(Fault.values()).map(fault -> Arguments.of(fault, EXPECTED.get(fault)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void suite_againstAServerWithOneFault_failsWithTheFaultsKey(Fault fault, Expected expected) {
    assertThat(expected).as("every fault has an expected key in this test").isNotNull();
    try (FaultInjectingTarget target = FaultInjectingTarget.start(fault)) {
      SuiteResult result = ContractSuite.forTarget(target).withOptions(OPTIONS).run();

      assertThat(result.failed()).as("failed cases with %s", fault.description()).isPositive();
      List<Finding> errors = result.failures().stream().flatMap(c -> c.errors().stream()).toList();
      assertThat(errors).as("findings of the failed cases with %s", fault.description())
          .anySatisfy(finding -> {
            assertThat(finding.key()).isEqualTo(expected.key());
            if (expected.location() != null) {
              assertThat(finding.location()).isEqualTo(expected.location());
            }
          });
      assertThat(result.cases().stream().filter(CaseResult::failed)).as("the self-check does not blame the validator")
          .noneMatch(c -> c.group().equals("selfcheck"));
    }
  }
}
