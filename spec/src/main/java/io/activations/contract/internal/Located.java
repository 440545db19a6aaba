package io.activations.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node of the raw spec document together with its JSON pointer (the pointer is what the JSON
 * Schema validator needs to compile it in place, so that its {@code $ref}s resolve).
 */
public record Located(String pointer, JsonNode node) {

  /** The child under {@code key}; its node is missing when there is none. */
  public Located child(String key) {
    return new Located(pointer + "/" + SpecTree.escape(key), node.path(key));
  }

  public Located child(int index) {
    return new Located(pointer + "/" + index, node.path(index));
  }

  /** The key or index this node is under, unescaped ({@code /things/{id}} for a path item). */
  public String name() {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  public boolean exists() {
    return !node.isMissingNode() && !node.isNull();
  }

  /** {@code #/components/schemas/X}: the pointer as a local reference. */
  public String ref() {
    return "#" + pointer;
  }
}
