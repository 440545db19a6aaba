package io.activations.contract.gate.client;

/**
 * What changed in the generated client, in the words a reviewer uses. Each kind carries its rule
 * id (prefixed {@code client-}, beside the document's rule ids) and whether code written against the
 * old client may stop compiling (source) or stop linking (binary).
 */
public enum ClientChangeKind {
  CLASS_REMOVED("client-class-removed", "class removed"),
  CLASS_RENAMED("client-class-renamed", "class renamed"),
  METHOD_REMOVED("client-method-removed", "method removed"),
  METHOD_PARAMETER_TYPE_CHANGED("client-method-parameter-type-changed", "parameter type changed"),
  METHOD_RETURN_TYPE_CHANGED("client-method-return-type-changed", "return type changed"),
  CONSTRUCTOR_REMOVED("client-constructor-removed", "constructor removed"),
  ENUM_CONSTANT_REMOVED("client-enum-constant-removed", "enum constant removed"),
  FIELD_REMOVED("client-field-removed", "constant removed"),
  FIELD_TYPE_CHANGED("client-field-type-changed", "constant type changed"),
  /** Any other incompatibility japicmp reports (a class made final, a supertype removed, ...). */
  OTHER_INCOMPATIBILITY("client-incompatible-change", "incompatible change");

  private final String ruleId;
  private final String title;

  ClientChangeKind(String ruleId, String title) {
    this.ruleId = ruleId;
    this.title = title;
  }

  public String ruleId() {
    return ruleId;
  }

  /** A few words for headings and summaries ("method removed"). */
  public String title() {
    return title;
  }
}
