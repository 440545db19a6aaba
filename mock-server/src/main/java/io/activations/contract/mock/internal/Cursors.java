package io.activations.contract.mock.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque pagination cursors: a page position signed with a per-server key and bound to one list
 * (say, the activations of one audience). A cursor this server did not issue for that list, or
 * one that was edited, is refused with 422 instead of being guessed at.
 */
final class Cursors {

  static final String FIELD = "pagination.cursor";

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 9;

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  Cursors() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  String encode(String listKey, PagePosition position) {
    String payload = (position.forward() ? "a" : "b") + position.seq();
    return ENCODER.encodeToString(payload.getBytes(StandardCharsets.US_ASCII)) + "."
        + ENCODER.encodeToString(mac(listKey, payload));
  }

  PagePosition decode(String listKey, String cursor) {
    int dot = cursor.indexOf('.');
    if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
      throw invalid();
    }
    try {
      String payload = new String(DECODER.decode(cursor.substring(0, dot)), StandardCharsets.US_ASCII);
      byte[] presented = DECODER.decode(cursor.substring(dot + 1));
      if (!MessageDigest.isEqual(presented, mac(listKey, payload)) || payload.length() < 2) {
        throw invalid();
      }
      char direction = payload.charAt(0);
      long seq = Long.parseLong(payload.substring(1));
      if ((direction != 'a' && direction != 'b') || seq < 0) {
        throw invalid();
      }
      return new PagePosition(direction == 'a', seq);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private byte[] mac(String listKey, String payload) {
    Mac mac = macs.get();
    mac.update(listKey.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)), MAC_BYTES);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static ApiProblem invalid() {
    return ApiProblem.unprocessable(FIELD, "The cursor is not one this server issued for this list; "
        + "take it from pagination.next or pagination.previous of an earlier page");
  }
}
