package io.activations.contract.gate;

/** Whom a change can break: callers sending requests, clients reading responses, or the document as a whole. */
public enum Side {
  REQUEST,
  RESPONSE,
  /** Document-level facts such as {@code info.version}. */
  DOCUMENT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
