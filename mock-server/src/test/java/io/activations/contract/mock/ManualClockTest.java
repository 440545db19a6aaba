package io.activations.contract.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ManualClockTest {

  private static final Instant START = Instant.parse("2025-06-01T12:00:00Z");

  @Test
  void advance_movesTimeForward() {
    ManualClock clock = new ManualClock(START);

    clock.advance(Duration.ofSeconds(61));

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(61));
    assertThat(clock.millis()).isEqualTo(START.plusSeconds(61).toEpochMilli());
  }

  @Test
  void advance_refusesToGoBack() {
    assertThatThrownBy(() -> new ManualClock(START).advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withZone_sharesTheSameTime() {
    ManualClock clock = new ManualClock(START);
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofMinutes(5));

    assertThat(paris.instant()).isEqualTo(START.plusSeconds(300));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void set_putsTheClockAnywhere() {
    ManualClock clock = new ManualClock(START);

    clock.set(Instant.EPOCH);

    assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
  }
}
