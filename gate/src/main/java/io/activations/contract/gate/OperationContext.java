package io.activations.contract.gate;

/**
 * The operation being compared, so every finding names it; {@code relaxed} is set when the option
 * to relax {@code v1alpha} applies to it, and turns ERR into WARN with a note.
 */
record OperationContext(String operation, String operationId, boolean relaxed, FindingSink sink) {

  void report(Rule rule, String baseLocation, String revisionLocation, String message) {
    Level level = rule.level();
    String text = message;
    if (relaxed && level == Level.ERR) {
      level = Level.WARN;
      text = message + " (relaxed from ERR: the base serves this operation only as v1alpha and the v1alpha option is on)";
    }
    sink.add(new Finding(rule.id(), level, rule.side(), operation, operationId, baseLocation, revisionLocation, text));
  }
}
