package io.activations.contract.spec;

/**
 * Spec locations as findings show them: keys joined by dots, array items as {@code [i]}, e.g.
 * {@code paths./spaces/{spaceId}/audiences.post.responses.429}. Path keys keep their slashes, which
 * reads better than a JSON pointer's {@code ~1}.
 */
final class SpecLocations {

  private SpecLocations() {}

  static String join(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
