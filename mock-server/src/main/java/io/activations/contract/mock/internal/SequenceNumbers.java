package io.activations.contract.mock.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The sequence numbers of stored items (their order in a list, and the first part of a generated
 * id): one counter for a whole mock that a reset does not rewind, so numbers are never reused.
 */
final class SequenceNumbers {

  private final AtomicLong last = new AtomicLong();

  long next() {
    return last.incrementAndGet();
  }
}
