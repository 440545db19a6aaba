package io.activations.contract.spec;

import io.activations.contract.http.PercentDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template such as {@code /spaces/{spaceId}/audiences/{audienceId}} matched segment by
 * segment against a raw request path. A parameter matches exactly one non-empty segment.
 */
final class PathTemplate {

  private final String template;
  private final List<String> segments;
  private final int literalSegments;

  PathTemplate(String template) {
    this.template = template;
    this.segments = split(template);
    this.literalSegments = (int) segments.stream().filter(s -> !isParameter(s)).count();
  }

  String template() {
    return template;
  }

  /** More literal segments means more specific: {@code /a/b} wins over {@code /a/{x}}. */
  int literalSegments() {
    return literalSegments;
  }

  /** The decoded parameters when the raw path matches, in template order. */
  Optional<Map<String, String>> match(List<String> rawSegments) {
    if (rawSegments.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String actual = rawSegments.get(i);
      if (isParameter(expected)) {
        if (actual.isEmpty()) {
          return Optional.empty();
        }
        parameters.put(expected.substring(1, expected.length() - 1), PercentDecoder.decodePathSegment(actual));
      } else if (!expected.equals(PercentDecoder.decodePathSegment(actual))) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  /** Splits a raw path into its segments; the query string, if any, is dropped. */
  static List<String> split(String path) {
    int query = path.indexOf('?');
    String bare = query < 0 ? path : path.substring(0, query);
    if (bare.startsWith("/")) {
      bare = bare.substring(1);
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bare.length(); i++) {
      if (i == bare.length() || bare.charAt(i) == '/') {
        parts.add(bare.substring(start, i));
        start = i + 1;
      }
    }
    return parts;
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }
}
