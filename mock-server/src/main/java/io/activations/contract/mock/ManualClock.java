package io.activations.contract.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to. Give it to {@link MockServer.Builder#clock(Clock)} and
 * {@link #advance(Duration)} it to end a rate-limit window, so tests never sleep.
 *
 * <p>Thread safe: the server reads it on every request while a test moves it.
 */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** A clock standing at {@code start}, in UTC. */
  public ManualClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at the current system time. */
  public static ManualClock startingNow() {
    return new ManualClock(Instant.now());
  }

  /** Moves the clock forward (a negative duration is refused: windows never run backwards). */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    now.updateAndGet(current -> current.plus(duration));
  }

  /** Puts the clock at {@code instant}. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public long millis() {
    return now.get().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time: advancing one advances both. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new ManualClock(now, newZone);
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + "]";
  }
}
