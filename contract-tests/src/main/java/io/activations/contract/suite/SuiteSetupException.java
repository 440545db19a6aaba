package io.activations.contract.suite;

/**
 * The run cannot start: unreadable fixtures, an unreachable target, a missing token. The message is
 * one line meant for the user, never containing a token.
 */
public final class SuiteSetupException extends Exception {

  private static final long serialVersionUID = 1L;

  public SuiteSetupException(String message) {
    super(message);
  }

  public SuiteSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
