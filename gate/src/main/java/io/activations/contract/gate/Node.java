package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;

/** A part of a document and the JSON pointer where it sits (after following any {@code $ref}). */
record Node(JsonNode value, String pointer) {

  boolean has(String field) {
    return value.has(field) && !value.get(field).isNull();
  }

  JsonNode get(String field) {
    return value.get(field);
  }

  Node child(String field) {
    return new Node(value.get(field), Pointer.child(pointer, field));
  }
}
