package io.activations.contract.mock.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out one shared instance per distinct immutable value, so a million equal values cost one.
 * Bounded: past {@code capacity} distinct values it stops remembering new ones (they stay correct,
 * just not shared), so hostile input cannot grow it without end.
 */
final class Interner<T> {

  private final ConcurrentHashMap<T, T> values = new ConcurrentHashMap<>();
  private final int capacity;

  Interner(int capacity) {
    this.capacity = capacity;
  }

  T intern(T value) {
    T shared = values.get(value);
    if (shared != null) {
      return shared;
    }
    if (values.size() >= capacity) {
      return value;
    }
    T previous = values.putIfAbsent(value, value);
    return previous == null ? value : previous;
  }
}
