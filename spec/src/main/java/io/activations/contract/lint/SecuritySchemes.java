package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/** Names of the security schemes the document's security requirements use (global and per operation). */
final class SecuritySchemes {

  private SecuritySchemes() {}

  static Set<String> named(JsonNode document) {
    Set<String> names = new LinkedHashSet<>();
    addNames(document.path("security"), names);
    for (JsonNode pathItem : document.path("paths")) {
      for (JsonNode operation : pathItem) {
        if (operation.isObject()) {
          addNames(operation.path("security"), names);
        }
      }
    }
    return names;
  }

  static void addNames(JsonNode requirements, Set<String> into) {
    for (JsonNode requirement : requirements) {
      for (Iterator<String> it = requirement.fieldNames(); it.hasNext(); ) {
        into.add(it.next());
      }
    }
  }
}
