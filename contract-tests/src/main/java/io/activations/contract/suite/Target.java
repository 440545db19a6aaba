package io.activations.contract.suite;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the suite sends its requests: the embedded mock or a real deployment. The same suite runs
 * unchanged against either; only the target knows how time passes there.
 */
public interface Target extends AutoCloseable {

  /** The API's base URI; operation paths are appended to it. */
  URI baseUri();

  /** The bearer token of the workspace the fixtures belong to. */
  Secret token();

  TargetFixtures fixtures();

  /** The target's present time: rate-limit windows and reset dates are judged against it. */
  Instant now();

  /**
   * Lets {@code duration} pass on the target: a real server is waited for, the embedded mock's
   * clock is moved forward, so a full rate-limit window costs nothing there.
   */
  void await(Duration duration);

  /** How far the target's clock may be from {@link #now()} when a reset date is judged. */
  default Duration clockTolerance() {
    return Duration.ofSeconds(2);
  }

  /**
   * Whether this is the project's own mock, on which every rule is enforced. On any other server a
   * failing house rule (a choice of this project the vendor does not document) is a warning unless
   * the run is strict.
   */
  default boolean isProjectMock() {
    return false;
  }

  /**
   * Whether {@link #await} lets real time pass. Only then may cases wait side by side: where the
   * suite moves a clock, one case's wait would move every other case's rate-limit window too.
   */
  default boolean waitsInRealTime() {
    return true;
  }

  /** A short name for progress lines and reports; never contains the token. */
  default String describe() {
    return baseUri().toString();
  }

  @Override
  default void close() {}
}
