package io.activations.contract.mock.internal;

import java.util.Locale;

/**
 * The credential a request presents. The bearer token authenticates; any credential, valid or
 * not, also keys the rate-limit bucket, so unauthenticated floods are limited too.
 */
record Credentials(String token, String bucketKey) {

  /** Prefix no token can carry (tokens have no control characters), so keys never collide with one. */
  private static final String NOT_A_TOKEN = "\u0000";

  static Credentials of(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return new Credentials(null, NOT_A_TOKEN + "anonymous");
    }
    String value = authorization.strip();
    if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      String token = value.substring(7).strip();
      if (!token.isEmpty()) {
        return new Credentials(token, token);
      }
    }
    return new Credentials(null, NOT_A_TOKEN + value);
  }
}
