package io.activations.contract.suite;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The finding keys this test run has shown the suite reporting: a test records a key only after it
 * asserted that a broken input produced it. The key registry test compares them with the registry.
 */
public final class ProvokedKeys {

  private static final Set<String> PROVOKED = new ConcurrentSkipListSet<>();

  private ProvokedKeys() {}

  public static void record(String key) {
    PROVOKED.add(key);
  }

  public static void recordAll(Collection<String> keys) {
    PROVOKED.addAll(keys);
  }

  public static Set<String> provoked() {
    return new TreeSet<>(PROVOKED);
  }
}
