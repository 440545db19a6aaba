package io.activations.contract.suite;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** What a request carries in {@code Authorization}: the target's token, nothing, or something the server must refuse. */
enum Credential {
  TOKEN("the target's token"),
  NONE("no Authorization header"),
  UNKNOWN_TOKEN("a bearer token the server never issued"),
  NOT_BEARER("Basic credentials instead of a bearer token");

  /** Looks like a token, belongs to nobody. */
  static final String UNKNOWN_TOKEN_VALUE = "contract-suite-unknown-token-7f3a9c";

  private final String description;

  Credential(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /** The header value to send; the token itself only for {@link #TOKEN}. */
  Optional<String> header(Secret token) {
    return switch (this) {
      case TOKEN -> Optional.of("Bearer " + token.reveal());
      case NONE -> Optional.empty();
      case UNKNOWN_TOKEN -> Optional.of("Bearer " + UNKNOWN_TOKEN_VALUE);
      case NOT_BEARER -> Optional.of("Basic " + Base64.getEncoder().encodeToString("contract-suite:secret".getBytes(StandardCharsets.UTF_8)));
    };
  }

  /** The same header with the token masked, for everything that is ever printed or stored. */
  Optional<String> maskedHeader() {
    return this == TOKEN ? Optional.of("Bearer " + Secret.MASK) : header(null);
  }
}
