package io.activations.contract.suite;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The finding keys this test run has shown the suite reporting: a test records a key only after it
 * asserted that a broken input produced it. {@code FindingKeyCoverageTest} compares them with the
 * registry at the end of the module's run.
 */
public final class ProvokedKeys {

  /** The test class that provokes most keys; without it, the run was a partial one (a single test class). */
  private static final String MAIN_PROVOKER = "FaultDetectionTest";

  private static final Set<String> PROVOKED = new ConcurrentSkipListSet<>();
  private static final Set<String> RECORDERS = new ConcurrentSkipListSet<>();

  private ProvokedKeys() {}

  public static void record(Class<?> test, String key) {
    RECORDERS.add(test.getSimpleName());
    PROVOKED.add(key);
  }

  public static void recordAll(Class<?> test, Collection<String> keys) {
    keys.forEach(key -> record(test, key));
  }

  public static Set<String> provoked() {
    return new TreeSet<>(PROVOKED);
  }

  /** Whether the whole module's tests ran, so that the keys recorded are all the keys its tests provoke. */
  public static boolean fullRun() {
    return RECORDERS.contains(MAIN_PROVOKER);
  }
}
