package io.activations.contract.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding as RFC 3986 means it. {@link java.net.URLDecoder} is for HTML forms: it turns
 * {@code +} into a space, which is wrong inside a path, and throws on a stray {@code %}.
 */
public final class PercentDecoder {

  private PercentDecoder() {}

  /** Decodes a path segment; {@code +} stays {@code +}, a malformed escape is kept literally. */
  public static String decodePathSegment(String raw) {
    return decode(raw, false);
  }

  /** Decodes a query name or value; {@code +} means a space there, as every browser sends it. */
  public static String decodeQueryComponent(String raw) {
    return decode(raw, true);
  }

  private static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
      return raw;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
        bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int index) {
    return index < s.length() && Character.digit(s.charAt(index), 16) >= 0;
  }
}
