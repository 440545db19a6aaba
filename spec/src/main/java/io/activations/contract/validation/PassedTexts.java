package io.activations.contract.validation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Texts that met one parameter's schema. Schema checks of text are pure, so a remembered text
 * needs no second check; the mock sees the same ids in its paths on every request, and a schema
 * check costs far more than a lookup. Bounded: past {@link #LIMIT} texts, or for a text longer
 * than {@link #MAX_LENGTH}, nothing more is remembered (those are still checked, just every time),
 * so a client sending endless distinct values cannot grow it.
 */
final class PassedTexts {

  static final int LIMIT = 1024;
  static final int MAX_LENGTH = 128;

  private final Set<String> texts = ConcurrentHashMap.newKeySet();
  private final AtomicInteger size = new AtomicInteger();

  boolean contains(String text) {
    return texts.contains(text);
  }

  void add(String text) {
    if (text.length() <= MAX_LENGTH && size.get() < LIMIT && texts.add(text)) {
      size.incrementAndGet();
    }
  }
}
