package io.activations.contract.suite.internal.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.MockFault;
import io.activations.contract.report.Finding;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.ContractSuite;
import io.activations.contract.suite.EmbeddedMockTarget;
import io.activations.contract.suite.ProvokedKeys;
import io.activations.contract.suite.SuiteOptions;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.Target;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every fault a broken server can have, in its answers (a proxy rewrites them) or in its state
 * (the mock misbehaves on purpose), the suite fails with the finding key that names that fault.
 * The proof is differential: a control run with the same options against the correct mock passes
 * and reports none of those keys, so the key comes from the fault, not from the options.
 */
class FaultDetectionTest {

  /**
   * Bursts of the 1000-per-minute default limit are left out here: the numeric limits cover the 429
   * faults. Strict, so a warning fails its case as an error does.
   */
  private static final SuiteOptions OPTIONS = SuiteOptions.defaults().withMaxBurstRequests(100).withStrict(true);

  /** A key the fault must produce, where (null: anywhere), and in which group of cases (null: any). */
  private record Expected(String key, String location, String group) {
    Expected(String key, String location) {
      this(key, location, null);
    }

    static Expected key(String key) {
      return new Expected(key, null, null);
    }

    /** The same key, caught by a case of {@code group}: the case that checks the broken rule, not a bystander. */
    Expected in(String group) {
      return new Expected(key, location, group);
    }
  }

  private static final Map<Fault, List<Expected>> ANSWER_FAULTS = new EnumMap<>(Map.ofEntries(
      Map.entry(Fault.DROP_REQUIRED_FIELD, List.of(Expected.key("response.body.required"))),
      Map.entry(Fault.WRONG_FIELD_TYPE, List.of(Expected.key("response.body.type"))),
      Map.entry(Fault.UNDECLARED_STATUS, List.of(Expected.key("response.status.undeclared"), Expected.key("case.status.unexpected"))),
      Map.entry(Fault.SERVER_ERROR, List.of(Expected.key("response.status.serverError"), Expected.key("case.prerequisite.failed"))),
      Map.entry(Fault.WRONG_CONTENT_TYPE, List.of(Expected.key("response.contentType.undeclared"))),
      Map.entry(Fault.MISSING_CONSUMED_HEADER, List.of(new Expected("ratelimit.header.missing", "X-RateLimit-Consumed"),
          new Expected("response.header.missing", "X-RateLimit-Consumed"))),
      Map.entry(Fault.MISSING_REMAINING_HEADER, List.of(new Expected("ratelimit.header.missing", "X-RateLimit-Remaining"))),
      Map.entry(Fault.MISSING_RESET_HEADER, List.of(new Expected("ratelimit.header.missing", "X-RateLimit-Reset"))),
      Map.entry(Fault.MALFORMED_RESET, List.of(new Expected("ratelimit.reset.malformed", "X-RateLimit-Reset"))),
      Map.entry(Fault.BUDGET_MISMATCH, List.of(Expected.key("ratelimit.budget.mismatch"), Expected.key("ratelimit.tooMany.early"))),
      Map.entry(Fault.MISSING_RETRY_AFTER, List.of(new Expected("ratelimit.retryAfter.missing", "Retry-After"))),
      Map.entry(Fault.INVALID_BODY_ACCEPTED, List.of(Expected.key("case.invalidRequest.accepted"), Expected.key("case.invalidRequest.houseRule"))),
      Map.entry(Fault.MISSING_TOKEN_ACCEPTED, List.of(Expected.key("auth.notEnforced"))),
      Map.entry(Fault.FOREIGN_ACTIVATION_SERVED, List.of(Expected.key("isolation.foreignResourceVisible"))),
      Map.entry(Fault.PAGE_REPEATS_ITEM, List.of(Expected.key("pagination.item.repeated"))),
      Map.entry(Fault.CREATED_NAME_CHANGED, List.of(new Expected("lifecycle.created.mismatch", "activationName"))),
      Map.entry(Fault.READ_NAME_CHANGED, List.of(Expected.key("lifecycle.read.mismatch"))),
      Map.entry(Fault.UPDATE_ANSWER_NAME_CHANGED, List.of(Expected.key("lifecycle.update.notApplied"))),
      Map.entry(Fault.LIST_DROPS_NEWEST, List.of(Expected.key("lifecycle.list.missing"))),
      Map.entry(Fault.TOTAL_ENTRIES_OFF, List.of(Expected.key("pagination.totalEntries.mismatch"))),
      Map.entry(Fault.PREVIOUS_ON_FIRST_PAGE, List.of(Expected.key("pagination.previous.onFirstPage"))),
      Map.entry(Fault.PAGE_OVERSIZED, List.of(Expected.key("pagination.page.oversized"))),
      Map.entry(Fault.EMPTY_PAGE_WITH_NEXT, List.of(Expected.key("pagination.page.empty"))),
      Map.entry(Fault.NEXT_LOOPS, List.of(Expected.key("pagination.walk.unbounded"))),
      Map.entry(Fault.UNLISTED_ITEM_ON_PAGE, List.of(Expected.key("pagination.item.unexpected"))),
      Map.entry(Fault.REMAINING_UNDERSTATED, List.of(Expected.key("ratelimit.notEnforced"))),
      Map.entry(Fault.TOO_MANY_WITH_REMAINING, List.of(new Expected("ratelimit.tooMany.remaining", "X-RateLimit-Remaining"))),
      Map.entry(Fault.TOO_MANY_DATA_WRONG, List.of(Expected.key("ratelimit.tooMany.data"))),
      Map.entry(Fault.RETRY_AFTER_MALFORMED, List.of(new Expected("ratelimit.retryAfter.malformed", "Retry-After"))),
      Map.entry(Fault.RETRY_AFTER_OUT_OF_WINDOW, List.of(new Expected("ratelimit.retryAfter.outOfWindow", "Retry-After"))),
      Map.entry(Fault.CONSUMED_MALFORMED, List.of(new Expected("ratelimit.header.malformed", "X-RateLimit-Consumed"))),
      Map.entry(Fault.ERROR_FIELD_UNNAMED, List.of(Expected.key("envelope.field.unnamed"))),
      Map.entry(Fault.REMOVE_FAILS, List.of(Expected.key("cleanup.leftover"))),
      Map.entry(Fault.ANSWER_CUT_SHORT, List.of(Expected.key("transport.failed"))),
      Map.entry(Fault.CONTENT_TYPE_MISSING, List.of(Expected.key("response.contentType.missing"))),
      Map.entry(Fault.UNDECLARED_FIELD_ADDED, List.of(new Expected("response.body.undeclaredField", "data.contractSuiteUndeclared"))),
      Map.entry(Fault.SETTING_DROPPED_BY_UPDATE, List.of(new Expected("update.settings.notMerged", "destinationMapping.settings"))),
      Map.entry(Fault.BAD_REQUEST_AS_UNPROCESSABLE, List.of(new Expected("case.status.houseRule", "status")))));

  private static final Map<MockFault, List<Expected>> STATE_FAULTS = new EnumMap<>(Map.ofEntries(
      Map.entry(MockFault.REMOVED_ACTIVATION_KEPT, List.of(Expected.key("lifecycle.removed.stillVisible").in("lifecycle"))),
      Map.entry(MockFault.REMOVED_ACTIVATION_STILL_LISTED, List.of(Expected.key("lifecycle.removed.stillListed").in("lifecycle"))),
      Map.entry(MockFault.CONFLICT_NOT_ENFORCED, List.of(Expected.key("conflict.notEnforced").in("removeDestinationFromAudience"))),
      Map.entry(MockFault.CONFLICT_LOSES_ACTIVATIONS, List.of(Expected.key("conflict.activation.lost").in("removeDestinationFromAudience"))),
      Map.entry(MockFault.PAGE_SKIPPED, List.of(Expected.key("pagination.item.missing").in("listActivationsFromAudience"))),
      Map.entry(MockFault.PAGE_REPEATED, List.of(Expected.key("pagination.item.repeated").in("listActivationsFromAudience"))),
      Map.entry(MockFault.FOREIGN_WORKSPACE_VISIBLE, List.of(Expected.key("isolation.foreignResourceVisible").in("getActivationFromAudience"))),
      Map.entry(MockFault.UPDATE_IGNORES_DISPLAY_NAME, List.of(new Expected("update.displayName.notSet", "displayName", "updateActivationForAudience"))),
      Map.entry(MockFault.UPDATE_NOT_STORED, List.of(Expected.key("lifecycle.update.notVisible").in("lifecycle"))),
      Map.entry(MockFault.NULL_DISPLAY_NAME_IGNORED, List.of(new Expected("update.displayName.notCleared", "displayName", "updateActivationForAudience"))),
      Map.entry(MockFault.EMPTY_NAME_APPLIED, List.of(new Expected("update.emptyName.applied", "activationName", "updateActivationForAudience"))),
      Map.entry(MockFault.ACTION_ID_CHANGED, List.of(new Expected("update.actionId.changed", "destinationMapping.actionId", "updateActivationForAudience"))),
      Map.entry(MockFault.EMPTY_ID_SYNC_CLEARS, List.of(new Expected("update.emptyValue.changed", "idSyncConfiguration", "updateDestinationForAudience"))),
      Map.entry(MockFault.RATE_LIMIT_NEVER_REFILLS, List.of(new Expected("ratelimit.retryAfter.tooShort", "Retry-After")))));

  private static SuiteResult control;

  @BeforeAll
  static void controlRun() {
    try (EmbeddedMockTarget target = EmbeddedMockTarget.start()) {
      control = ContractSuite.forTarget(target).withOptions(OPTIONS).run();
    }
  }

  static Stream<Arguments> answerFaults() {
    return Stream.of(Fault.values()).map(fault -> Arguments.of(fault, ANSWER_FAULTS.get(fault)));
  }

  static Stream<Arguments> stateFaults() {
    return Stream.of(MockFault.values()).map(fault -> Arguments.of(fault, STATE_FAULTS.get(fault)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerFaults")
  void suite_againstAnswersWithOneFault_failsWithTheFaultsKey(Fault fault, List<Expected> expected) {
    assertThat(expected).as("every fault has its expected keys in this test").isNotNull();
    try (FaultInjectingTarget target = FaultInjectingTarget.start(fault)) {
      assertCaught(fault.description(), target, expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stateFaults")
  void suite_againstAMockThatMisbehaves_failsWithTheFaultsKey(MockFault fault, List<Expected> expected) {
    assertThat(expected).as("every mock fault has its expected keys in this test").isNotNull();
    try (EmbeddedMockTarget target = EmbeddedMockTarget.misbehaving(fault)) {
      assertCaught(fault.description(), target, expected);
    }
  }

  private static void assertCaught(String fault, Target target, List<Expected> expected) {
    assertThat(control.failures()).as("the control run against the correct mock").isEmpty();
    SuiteResult result = ContractSuite.forTarget(target).withOptions(OPTIONS).run();

    assertThat(result.failed()).as("failed cases with %s", fault).isPositive();
    for (Expected one : expected) {
      assertThat(allFindings(control)).as("the control run reports no %s", one.key())
          .noneMatch(finding -> finding.key().equals(one.key()));
      List<Finding> findings = result.failures().stream().filter(c -> one.group() == null || c.group().equals(one.group()))
          .flatMap(c -> c.findings().stream()).toList();
      assertThat(findings).as("findings of the failed cases%s with %s", one.group() == null ? "" : " of " + one.group(), fault)
          .anySatisfy(finding -> {
            assertThat(finding.key()).isEqualTo(one.key());
            if (one.location() != null) {
              assertThat(finding.location()).isEqualTo(one.location());
            }
          });
      ProvokedKeys.record(FaultDetectionTest.class, one.key());
    }
    assertThat(result.cases().stream().filter(CaseResult::failed)).as("the self-check does not blame the validator")
        .noneMatch(c -> c.group().equals("selfcheck"));
  }

  private static Stream<Finding> allFindings(SuiteResult result) {
    return result.cases().stream().flatMap(c -> c.findings().stream());
  }
}
