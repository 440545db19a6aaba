package io.activations.contract.mock.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that reads another one plus an offset that only grows: what the mock's test clock
 * endpoint moves, so a client can let a rate-limit window pass without waiting for it.
 */
final class ShiftedClock extends Clock {

  private final Clock base;
  private final AtomicLong offsetMillis;

  ShiftedClock(Clock base) {
    this(base, new AtomicLong());
  }

  private ShiftedClock(Clock base, AtomicLong offsetMillis) {
    this.base = base;
    this.offsetMillis = offsetMillis;
  }

  void advance(Duration duration) {
    offsetMillis.addAndGet(duration.toMillis());
  }

  @Override
  public long millis() {
    return base.millis() + offsetMillis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ShiftedClock(base.withZone(zone), offsetMillis);
  }
}
