package io.activations.contract.mock.states;

/** A provider state that is unknown or cannot be set up; the message says which and why, in one line. */
public final class ProviderStateException extends Exception {

  private static final long serialVersionUID = 1L;

  public ProviderStateException(String message) {
    super(message);
  }

  static ProviderStateException unknown(String state) {
    return new ProviderStateException("unknown provider state '" + state + "'; known states: "
        + String.join(", ", ProviderStateNames.ALL.stream().map(name -> "'" + name + "'").toList()));
  }
}
