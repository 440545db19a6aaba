package io.activations.contract.suite;

import java.time.Duration;

/**
 * Removes what a run created when the run cannot do it itself: a shutdown hook covers Ctrl-C and
 * SIGTERM (the JVM runs it before exiting), and {@link #close} covers a run whose cleanup case did
 * not run (a filtered JUnit run). Both only act when something is left.
 */
final class LeftoverGuard implements AutoCloseable {

  private final SuiteEngine engine;
  private final Thread hook;

  private LeftoverGuard(SuiteEngine engine) {
    this.engine = engine;
    this.hook = new Thread(this::removeLeftovers, "contract-suite-cleanup");
  }

  static LeftoverGuard install(SuiteEngine engine) {
    LeftoverGuard guard = new LeftoverGuard(engine);
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  /** How long a stopping run waits for creating requests already sent to be answered. */
  private static final Duration IN_FLIGHT_LIMIT = Duration.ofSeconds(15);

  /** A removal the target refused for a moment (a 429) is tried again: a few passes at most. */
  private static final int PASSES = 3;

  private void removeLeftovers() {
    // a case still running may have sent a create whose answer has not come: without waiting for
    // it, its resource would be created after the cleanup and never removed
    engine.stopCreating(IN_FLIGHT_LIMIT);
    for (int pass = 0; pass < PASSES && engine.hasLeftovers(); pass++) {
      engine.cleanUpLeftovers();
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      return;  // the hook is running or about to: it removes the leftovers
    }
    removeLeftovers();
  }
}
