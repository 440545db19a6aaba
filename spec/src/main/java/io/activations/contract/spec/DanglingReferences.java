package io.activations.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.SpecTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every {@code $ref} that does not name a node of this document: a local one ({@code #/...})
 * whose target does not exist, or one into another file. swagger-parser reports
 * only some of them (a ref to a missing parameter, response or header passes silently), and a
 * dangling ref would surface much later as a confusing validation error.
 */
final class DanglingReferences {

  private DanglingReferences() {}

  /** A reference that names nothing, and where it is written. */
  record Dangling(String location, String ref, String reason) {
    String message() {
      return location + ": '" + ref + "' " + reason;
    }
  }

  static List<Dangling> find(JsonNode document) {
    List<Dangling> problems = new ArrayList<>();
    walk(document, document, "", "", problems);
    return problems;
  }

  private static void walk(JsonNode root, JsonNode node, String key, String location, List<Dangling> problems) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        String where = SpecLocations.join(location, "$ref");
        if (!ref.asText().startsWith("#")) {
          // the validator resolves refs inside this one document only
          problems.add(new Dangling(where, ref.asText(), "points outside the document; keep the contract in one file"));
        } else {
          JsonNode target = resolve(root, ref.asText());
          if (target == null || target.isMissingNode()) {
            problems.add(new Dangling(where, ref.asText(), "does not resolve"));
          }
        }
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        // examples are data: a "$ref" key inside one is a value, not a reference (but a property may be named "example")
        if (key.equals("properties") || !field.getKey().equals("example")) {
          walk(root, field.getValue(), field.getKey(), SpecLocations.join(location, field.getKey()), problems);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(root, node.get(i), "", SpecLocations.index(location, i), problems);
      }
    }
  }

  /** The node a local reference points at, or null when the pointer is malformed. */
  private static JsonNode resolve(JsonNode root, String ref) {
    try {
      return SpecTree.resolveRef(root, ref).node();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
