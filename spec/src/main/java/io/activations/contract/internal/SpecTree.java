package io.activations.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Navigation in the raw document: JSON pointers and local {@code $ref}s. Shared by the validator
 * and the linter; not part of the module's API.
 */
public final class SpecTree {

  private static final int MAX_REF_HOPS = 16;

  private SpecTree() {}

  public static Located root(JsonNode document) {
    return new Located("", document);
  }

  /** Escapes one pointer token ({@code /} and {@code ~}), as RFC 6901 says. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The node a local reference ({@code #/a/b}) names; missing when there is none. */
  public static Located resolveRef(JsonNode document, String ref) {
    if (ref == null || !ref.startsWith("#")) {
      throw new IllegalArgumentException("not a local reference: " + ref);
    }
    String pointer = URLDecoder.decode(ref.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    if (pointer.isEmpty()) {
      return root(document);
    }
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("not a JSON pointer: " + ref);
    }
    return new Located(pointer, document.at(pointer));
  }

  /** Follows {@code $ref} hops until a node that is not a local reference (cycles stop after a few hops). */
  public static Located follow(JsonNode document, Located start) {
    Located current = start;
    for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
      String ref = localRef(current.node());
      if (ref == null) {
        return current;
      }
      Located next = resolveRef(document, ref);
      if (!next.exists()) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** The node's {@code $ref} when it is a local reference, else null. */
  public static String localRef(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref != null && ref.isTextual() && ref.asText().startsWith("#") ? ref.asText() : null;
  }

  /**
   * A pointer as findings show it: {@code /paths/~1spaces~1{spaceId}/post/responses/429} becomes
   * {@code paths./spaces/{spaceId}.post.responses.429}; array items become {@code [i]}.
   */
  public static String location(JsonNode document, String pointer) {
    StringBuilder out = new StringBuilder();
    JsonNode node = document;
    if (pointer.isEmpty()) {
      return "";
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (node != null && node.isArray() && token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
        out.append('[').append(token).append(']');
        node = node.path(Integer.parseInt(token));
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(token);
        node = node == null ? null : node.path(token);
      }
    }
    return out.toString();
  }
}
