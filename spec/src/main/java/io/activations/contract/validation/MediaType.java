package io.activations.contract.validation;

import java.util.Locale;

/**
 * A media type without its parameters, lower-cased: {@code application/vnd.segment.v1alpha+json;
 * charset=UTF-8} and {@code Application/Vnd.Segment.V1alpha+JSON} are the same type.
 */
record MediaType(String type, String subtype) {

  static MediaType parse(String value) {
    if (value == null) {
      return null;
    }
    int semicolon = value.indexOf(';');
    String bare = (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    int slash = bare.indexOf('/');
    if (slash <= 0 || slash == bare.length() - 1) {
      return null;
    }
    return new MediaType(bare.substring(0, slash), bare.substring(slash + 1));
  }

  /** {@code application/json} or any structured-syntax {@code +json} type (RFC 6839). */
  boolean isJson() {
    return isPlainJson() || subtype.endsWith("+json");
  }

  boolean isPlainJson() {
    return "application".equals(type) && "json".equals(subtype);
  }

  /** Whether this declared type (possibly a wildcard such as {@code application/*}) covers {@code actual}. */
  boolean covers(MediaType actual) {
    return ("*".equals(type) || type.equals(actual.type))
        && ("*".equals(subtype) || subtype.equals(actual.subtype));
  }

  @Override
  public String toString() {
    return type + "/" + subtype;
  }
}
