package io.activations.contract.gate.client;

import java.util.Objects;

/**
 * The part of the document a generated class or member comes from.
 *
 * @param pointer JSON pointer into the document the class was generated from
 *     ({@code /components/schemas/Activation/properties/name}, or an operation's
 *     {@code /paths/~1spaces~1{spaceId}/get}); empty when the class is generator support code
 * @param operationId the operation the class or method belongs to, when it belongs to one
 * @param schema the component schema, when the class is one
 * @param property the schema property the member stands for, when it stands for one
 */
public record DocumentOrigin(String pointer, String operationId, String schema, String property) {

  static final DocumentOrigin NONE = new DocumentOrigin("", "", "", "");

  public DocumentOrigin {
    pointer = Objects.requireNonNullElse(pointer, "");
    operationId = Objects.requireNonNullElse(operationId, "");
    schema = Objects.requireNonNullElse(schema, "");
    property = Objects.requireNonNullElse(property, "");
  }

  public boolean isKnown() {
    return !pointer.isEmpty();
  }

  /** "property name of schema Activation", "operation listActivations", or empty. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (!property.isEmpty()) {
      text.append("property ").append(property).append(" of ");
    }
    if (!schema.isEmpty()) {
      text.append("schema ").append(schema);
    } else if (!operationId.isEmpty()) {
      text.append(property.isEmpty() ? "operation " : "an inline schema of operation ").append(operationId);
    }
    return text.toString();
  }
}
