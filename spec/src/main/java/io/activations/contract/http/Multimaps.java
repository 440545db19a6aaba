package io.activations.contract.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Copies and lookups shared by the request and response records. */
final class Multimaps {

  private Multimaps() {}

  /** An unmodifiable copy that keeps the caller's order and names; null becomes empty. */
  static Map<String, List<String>> copy(Map<String, List<String>> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    source.forEach((name, values) -> {
      if (name != null) {
        copy.put(name, values == null ? List.of() : List.copyOf(values));
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  static Map<String, List<String>> plus(Map<String, List<String>> source, String name, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(source);
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(value);
    copy.put(name, values);
    return copy;
  }

  /** Header names are case-insensitive (RFC 9110); the first value wins. */
  static Optional<String> firstIgnoringCase(Map<String, List<String>> map, String name) {
    return allIgnoringCase(map, name).stream().findFirst();
  }

  static List<String> allIgnoringCase(Map<String, List<String>> map, String name) {
    List<String> exact = map.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return List.of();
  }
}
