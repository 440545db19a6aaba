package io.activations.contract.suite;

/**
 * How much of the suite runs and how strictly it judges.
 *
 * @param readOnly skip every case that creates, changes or deletes something on the target
 * @param burst run the burst cases that exhaust each operation's rate limit to see its 429
 * @param strict treat warnings (such as an undeclared response field) as failures
 * @param maxBurstRequests a burst is skipped when the budget it has to exhaust is larger than this
 */
public record SuiteOptions(boolean readOnly, boolean burst, boolean strict, int maxBurstRequests) {

  public SuiteOptions {
    if (maxBurstRequests < 1) {
      throw new IllegalArgumentException("maxBurstRequests must be positive, was " + maxBurstRequests);
    }
  }

  /** For the project's own mock: writes on, bursts on, warnings tolerated, bursts of up to 1,100 requests. */
  public static SuiteOptions defaults() {
    return new SuiteOptions(false, true, false, 1_100);
  }

  /**
   * For someone else's server: reads only and no bursts until the caller allows them (a contract
   * check must not change or exhaust a production workspace by surprise).
   */
  public static SuiteOptions remoteDefaults() {
    return new SuiteOptions(true, false, false, 1_100);
  }

  /** The safe defaults for {@code target}: {@link #defaults()} on the project's mock, {@link #remoteDefaults()} elsewhere. */
  public static SuiteOptions defaultsFor(Target target) {
    return target.isProjectMock() ? defaults() : remoteDefaults();
  }

  public SuiteOptions withReadOnly(boolean value) {
    return new SuiteOptions(value, burst, strict, maxBurstRequests);
  }

  public SuiteOptions withBurst(boolean value) {
    return new SuiteOptions(readOnly, value, strict, maxBurstRequests);
  }

  public SuiteOptions withStrict(boolean value) {
    return new SuiteOptions(readOnly, burst, value, maxBurstRequests);
  }

  public SuiteOptions withMaxBurstRequests(int value) {
    return new SuiteOptions(readOnly, burst, strict, value);
  }
}
