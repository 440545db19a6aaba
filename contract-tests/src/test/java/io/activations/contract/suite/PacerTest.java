package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.http.ApiResponse;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PacerTest {

  private static final SpecOperation OPERATION = Spec.bundled().operation("getActivationFromAudience");

  private final RecordingTarget target = new RecordingTarget();
  private final Pacer pacer = new Pacer(target);

  @Test
  void beforeSend_withBudgetLeft_doesNotWait() {
    pacer.afterReceive(Credential.TOKEN, OPERATION, answer(3, 30));

    pacer.beforeSend(Credential.TOKEN, OPERATION);

    assertThat(target.waits).isEmpty();
  }

  @Test
  void beforeSend_withTheBudgetUsedUp_waitsPastTheResetDate() {
    pacer.afterReceive(Credential.TOKEN, OPERATION, answer(0, 30));

    pacer.beforeSend(Credential.TOKEN, OPERATION);

    assertThat(target.waits).containsExactly(Duration.ofSeconds(31));
    assertThat(pacer.waited()).isEqualTo(Duration.ofSeconds(31));
  }

  @Test
  void beforeSend_anotherCredentialsBudget_isNotThisOnes() {
    pacer.afterReceive(Credential.NONE, OPERATION, answer(0, 30));

    pacer.beforeSend(Credential.TOKEN, OPERATION);

    assertThat(target.waits).isEmpty();
  }

  @Test
  void afterTooManyRequests_waitsRetryAfter() {
    pacer.afterTooManyRequests(answer(0, 50).withHeader("Retry-After", "12"));

    assertThat(target.waits).containsExactly(Duration.ofSeconds(12));
  }

  private ApiResponse answer(int remaining, int resetInSeconds) {
    String reset = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC)
        .format(target.now.plusSeconds(resetInSeconds));
    return ApiResponse.ok().withHeader("X-RateLimit-Consumed", Integer.toString(60 - remaining))
        .withHeader("X-RateLimit-Remaining", Integer.toString(remaining)).withHeader("X-RateLimit-Reset", reset);
  }

  /** A target whose time only moves when the pacer waits. */
  private static final class RecordingTarget implements Target {
    final List<Duration> waits = new ArrayList<>();
    Instant now = Instant.parse("2025-03-04T10:00:00Z");

    @Override
    public URI baseUri() {
      return URI.create("http://127.0.0.1:1");
    }

    @Override
    public Secret token() {
      return Secret.of("t");
    }

    @Override
    public TargetFixtures fixtures() {
      return TargetFixtures.of("spa_1", "aud_1", "USERS", "dst_1");
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public void await(Duration duration) {
      waits.add(duration);
      now = now.plus(duration);
    }
  }
}
