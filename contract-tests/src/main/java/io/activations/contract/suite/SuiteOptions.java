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

  /** Writes on, bursts on, warnings tolerated, bursts of up to 1,100 requests. */
  public static SuiteOptions defaults() {
    return new SuiteOptions(false, true, false, 1_100);
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
