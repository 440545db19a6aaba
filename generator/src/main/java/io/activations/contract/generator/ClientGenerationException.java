package io.activations.contract.generator;

/** A client could not be generated; the message is one line a user can act on. */
public final class ClientGenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ClientGenerationException(String message) {
    super(message);
  }

  public ClientGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
