package io.activations.contract.suite;

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

  /** A case still running may create one more thing while the first pass removes: a few passes catch it. */
  private static final int PASSES = 3;

  private void removeLeftovers() {
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
