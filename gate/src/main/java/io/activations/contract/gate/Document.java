package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;

/** One side of the comparison: the document as written, with local {@code $ref}s followed on demand. */
final class Document {

  /** Chains of refs longer than this are cycles or mistakes; the loader already rejected dangling ones. */
  private static final int MAX_REF_HOPS = 32;

  private final JsonNode root;

  Document(JsonNode root) {
    this.root = root;
  }

  JsonNode root() {
    return root;
  }

  /** Follows {@code $ref: '#/...'} until a node without one; external refs are left as they are. */
  Node resolve(Node node) {
    Node current = node;
    for (int hop = 0; hop < MAX_REF_HOPS && current.value() != null && current.value().has("$ref"); hop++) {
      String ref = current.value().get("$ref").asText();
      if (!ref.startsWith("#")) {
        return current;
      }
      String pointer = ref.substring(1);
      JsonNode target = root.at(pointer);
      if (target.isMissingNode()) {
        return current;
      }
      current = new Node(target, pointer);
    }
    return current;
  }

  Node resolve(JsonNode value, String pointer) {
    return resolve(new Node(value, pointer));
  }
}
