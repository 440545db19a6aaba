package io.activations.contract.gate;

/** How much a change matters, in oasdiff's three levels. Declared from the most to the least severe. */
public enum Level {
  /** Breaks existing callers or clients. */
  ERR,
  /** A reviewer must look: it may break someone. */
  WARN,
  /** Compatible; worth a line in the changelog. */
  INFO;

  /** True when this level is at least as severe as {@code threshold}. */
  public boolean atLeast(Level threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
