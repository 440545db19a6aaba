package io.activations.contract.gate.client;

import japicmp.model.JApiBehavior;
import japicmp.model.JApiMethod;
import japicmp.model.JApiParameter;
import java.util.stream.Collectors;

/** Java signatures as a reviewer reads them: simple type names, {@code ReturnType name(Param, Param)}. */
final class Signatures {

  private Signatures() {
  }

  /** {@code name(Param, Param)}: the parameters as japicmp reports them for this behaviour. */
  static String behaviour(JApiBehavior behaviour) {
    return behaviour.getName() + "(" + behaviour.getParameters().stream().map(JApiParameter::getType)
        .map(Signatures::simpleType).collect(Collectors.joining(", ")) + ")";
  }

  /** {@code ReturnType name(Param, Param)} with the return type of the old or the new client. */
  static String method(JApiMethod method, boolean newSide) {
    String returned = newSide ? method.getReturnType().getNewReturnType() : method.getReturnType().getOldReturnType();
    String prefix = returned == null || returned.isEmpty() || "n.a.".equals(returned) ? "" : simpleType(returned) + " ";
    return prefix + behaviour(method);
  }

  /** {@code java.util.List} to {@code List}, {@code a.b.Outer$Inner} to {@code Outer.Inner}; arrays kept. */
  static String simpleType(String type) {
    return ClientChange.simpleName(type);
  }
}
