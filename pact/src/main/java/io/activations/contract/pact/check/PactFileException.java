package io.activations.contract.pact.check;

/** A pact file that cannot be read or is not a pact; the message is one line naming the file. */
public final class PactFileException extends Exception {

  private static final long serialVersionUID = 1L;

  public PactFileException(String message) {
    super(message);
  }
}
