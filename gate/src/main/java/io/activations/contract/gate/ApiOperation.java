package io.activations.contract.gate;

import java.util.Locale;

/** An operation of one document: its path template, method, the node and where it sits. */
record ApiOperation(String path, String method, Node node, Node pathItem) {

  /** Path parameter names blanked, so a renamed parameter keeps the operation's identity. */
  String key() {
    return OperationKey.of(method, OperationKey.shape(path));
  }

  String label() {
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }

  String operationId() {
    return node.value().path("operationId").asText("");
  }

  boolean deprecated() {
    return node.value().path("deprecated").asBoolean(false);
  }
}
