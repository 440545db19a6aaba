package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The dynamic tests run through the real JUnit Platform, as in a user's build: one test per case, grouped by operation. */
class DynamicTestsTest {

  @Test
  void dynamicTests_againstTheMock_allSucceedInOneContainerPerOperation() {
    Recorded recorded = run(MockContractFixture.class);

    assertThat(recorded.summary.getTotalFailureCount()).as("failures").isZero();
    assertThat(recorded.summary.getTestsSucceededCount()).isGreaterThan(250);
    assertThat(recorded.summary.getTestsAbortedCount()).as("burst cases reported as aborted").isPositive();
    assertThat(recorded.containers).contains("selfcheck", "addActivationToAudience", "getActivationFromAudience", "lifecycle", "cleanup");
  }

  @Test
  void dynamicTests_againstABrokenServer_failWithTheTranscriptOfEachCase() {
    Recorded recorded = run(BrokenServerContractFixture.class);

    assertThat(recorded.summary.getTotalFailureCount()).isPositive();
    assertThat(recorded.failureMessages).anySatisfy(message -> assertThat(message)
        .contains("response.status.serverError").contains("> GET /spaces/").contains("Authorization: Bearer ****").contains("< 500"));
    assertThat(recorded.failureMessages).noneMatch(message -> message.contains("mock-token-workspace-a"));
  }

  private record Recorded(TestExecutionSummary summary, List<String> containers, List<String> failureMessages) {}

  private static Recorded run(Class<?> fixture) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    List<String> containers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    TestExecutionListener recorder = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (identifier.isContainer() && identifier.getUniqueId().contains("dynamic-container")) {
          containers.add(identifier.getDisplayName());
        }
        result.getThrowable().filter(t -> identifier.isTest()).ifPresent(t -> failures.add(String.valueOf(t.getMessage())));
      }
    };
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), summary, recorder);
    return new Recorded(summary.getSummary(), containers, failures);
  }
}
