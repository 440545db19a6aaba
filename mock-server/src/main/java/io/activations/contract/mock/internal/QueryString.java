package io.activations.contract.mock.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a raw query string, keeping every value in order. The bracket form some SDKs send,
 * {@code pagination[count]}, is normalised to the dotted form the spec declares,
 * {@code pagination.count}, before anything else looks at it.
 */
final class QueryString {

  private QueryString() {}

  /** @throws ApiProblem (422) when a name or value is not valid percent-encoding */
  static Map<String, List<String>> parse(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(normaliseBrackets(name), ignored -> new ArrayList<>(1)).add(value);
    }
    return parameters;
  }

  /** {@code a[b]} becomes {@code a.b}; any other name is returned as it is. */
  static String normaliseBrackets(String name) {
    int open = name.indexOf('[');
    if (open <= 0 || !name.endsWith("]") || name.indexOf('[', open + 1) >= 0 || open + 1 == name.length() - 1) {
      return name;
    }
    return name.substring(0, open) + "." + name.substring(open + 1, name.length() - 1);
  }

  private static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.unprocessable("query", "The query string is not valid percent-encoding: " + encoded);
    }
  }
}
