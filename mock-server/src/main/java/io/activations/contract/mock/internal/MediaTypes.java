package io.activations.contract.mock.internal;

import java.util.Locale;

/**
 * The request media types the mock accepts: the vendor type the spec declares and plain
 * {@code application/json} (one official SDK sends it), with or without parameters. A charset
 * other than UTF-8 is refused: JSON is UTF-8 (RFC 8259), and decoding anything else would be a guess.
 */
final class MediaTypes {

  static final String VENDOR_JSON = "application/vnd.segment.v1alpha+json";
  static final String JSON = "application/json";

  private MediaTypes() {}

  /** True when a body with this Content-Type can be read as the operation's JSON body. */
  static boolean isAcceptedRequestType(String contentType) {
    if (contentType == null) {
      return false;
    }
    // limit -1: ";;;" gives empty parts instead of no parts at all
    String[] parts = contentType.split(";", -1);
    String type = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!type.equals(VENDOR_JSON) && !type.equals(JSON)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("charset")) {
        String charset = parameter.substring(equals + 1).trim().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
          return false;
        }
      }
    }
    return true;
  }
}
