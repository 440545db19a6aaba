package io.activations.contract.gate;

/** JSON pointers (RFC 6901) built token by token. */
final class Pointer {

  private Pointer() {}

  static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
