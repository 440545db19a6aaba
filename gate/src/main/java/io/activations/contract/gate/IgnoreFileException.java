package io.activations.contract.gate;

/** An ignore file that cannot be used: unreadable, not YAML, or an entry missing a rule, operation, location or reason. */
public final class IgnoreFileException extends Exception {

  public IgnoreFileException(String message) {
    super(message);
  }
}
