package io.activations.contract.gate.client;

import java.util.Objects;

/**
 * One source or binary incompatibility between the old and the new generated client.
 *
 * @param kind what changed
 * @param className the binary name of the class it happened in (nested classes with {@code $});
 *     for a rename, the old name
 * @param member the method, constructor or field concerned, empty for a change of the class itself
 * @param before the signature (or class name) in the old client, empty when there is none
 * @param after the signature (or class name) in the new client, empty when there is none
 * @param binaryCompatible whether code compiled against the old client still links
 * @param sourceCompatible whether code written against the old client still compiles
 * @param japicmpTypes the japicmp change types behind it, for readers who know japicmp
 */
public record ClientChange(ClientChangeKind kind, String className, String member, String before, String after,
    boolean binaryCompatible, boolean sourceCompatible, String japicmpTypes) {

  public ClientChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(className, "className");
    member = member == null ? "" : member;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    japicmpTypes = japicmpTypes == null ? "" : japicmpTypes;
  }

  /** The class's simple name, nested classes as {@code Outer.Inner}. */
  public String simpleClassName() {
    return simpleName(className);
  }

  static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
  }
}
