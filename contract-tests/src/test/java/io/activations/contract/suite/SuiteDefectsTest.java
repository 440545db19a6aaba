package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.report.Finding;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The keys that blame the suite's own side rather than the server: wrong fixtures make the suite's
 * requests invalid, and a case that breaks is reported as such. The same mock with correct
 * fixtures and a working clock reports neither (SuiteAgainstMockTest).
 */
class SuiteDefectsTest {

  private static final SuiteOptions OPTIONS = SuiteOptions.defaults().withMaxBurstRequests(100);

  @Test
  void run_withAnOverlongFixtureId_reportsTheSuitesOwnRequestAsInvalid() {
    try (EmbeddedMockTarget mock = EmbeddedMockTarget.start()) {
      TargetFixtures right = mock.fixtures();
      TargetFixtures overlong = new TargetFixtures(right.spaceId(), "a".repeat(300), right.audienceType(), right.destinationId(),
          right.actionId(), right.linkedAudienceId(), right.connectionId(), right.activationId(), right.otherWorkspace());

      SuiteResult result = ContractSuite.forTarget(new Delegating(mock) {
        @Override
        public TargetFixtures fixtures() {
          return overlong;
        }
      }).withOptions(OPTIONS).run();

      assertThat(keysOf(result)).contains("case.request.invalid");
      ProvokedKeys.record(SuiteDefectsTest.class, "case.request.invalid");
    }
  }

  @Test
  void run_whereWaitingBreaks_reportsTheCaseAsBroken_andCarriesOn() {
    try (EmbeddedMockTarget mock = EmbeddedMockTarget.start()) {
      SuiteResult result = ContractSuite.forTarget(new Delegating(mock) {
        @Override
        public void await(Duration duration) {
          throw new IllegalStateException("the clock is broken");
        }
      }).withOptions(OPTIONS).run();

      assertThat(result.failures()).anySatisfy(c -> assertThat(c.errors()).anySatisfy(f -> {
        assertThat(f.key()).isEqualTo("case.error");
        assertThat(f.message()).contains("the clock is broken");
      }));
      assertThat(result.passed()).as("the other cases still run").isPositive();
      ProvokedKeys.record(SuiteDefectsTest.class, "case.error");
    }
  }

  /** Errors and warnings: the suite's own invalid request is a house rule, so a warning unless strict. */
  private static java.util.List<String> keysOf(SuiteResult result) {
    return result.cases().stream().flatMap(c -> c.findings().stream()).map(Finding::key).distinct().toList();
  }

  /** A target that forwards everything to the mock; a test overrides what it breaks. */
  private static class Delegating implements Target {
    private final Target delegate;

    Delegating(Target delegate) {
      this.delegate = delegate;
    }

    @Override
    public URI baseUri() {
      return delegate.baseUri();
    }

    @Override
    public Secret token() {
      return delegate.token();
    }

    @Override
    public TargetFixtures fixtures() {
      return delegate.fixtures();
    }

    @Override
    public Instant now() {
      return delegate.now();
    }

    @Override
    public void await(Duration duration) {
      delegate.await(duration);
    }

    @Override
    public Duration clockTolerance() {
      return delegate.clockTolerance();
    }
  }
}
