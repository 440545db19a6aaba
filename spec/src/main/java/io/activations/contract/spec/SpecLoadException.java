package io.activations.contract.spec;

import java.util.List;

/**
 * The document cannot be used: it does not parse, does not resolve, or is not OpenAPI 3.0. Carries
 * every message the parser gave, each naming where it happened, so the user fixes all at once.
 */
public final class SpecLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<String> messages;

  public SpecLoadException(String source, List<String> messages) {
    super(source + ": " + (messages.size() == 1 ? messages.get(0) : messages.size() + " problems: " + String.join("; ", messages)));
    this.messages = List.copyOf(messages);
  }

  public List<String> messages() {
    return messages;
  }
}
