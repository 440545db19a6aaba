package io.activations.contract.gate.client;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells each {@link ClientChange} as a {@link ClientFinding}: the sentence, and the part of the
 * document it comes from (found in the base document, where the old class was generated from, or
 * in the revision for what only the revision names).
 */
final class ClientFindings {

  /** The revision's client does not compile: every user of it is broken. */
  static final String COMPILATION_FAILED = "client-compilation-failed";

  /** Every rule id this check can report, with what it means (for the rule list). */
  static Map<String, String> rules() {
    Map<String, String> rules = new TreeMap<>();
    for (ClientChangeKind kind : ClientChangeKind.values()) {
      rules.put(kind.ruleId(), "generated Java client: " + kind.title());
    }
    rules.put(COMPILATION_FAILED, "generated Java client: the revision's client does not compile");
    return rules;
  }

  private final DocumentOrigins base;
  private final DocumentOrigins revision;

  ClientFindings(DocumentOrigins base, DocumentOrigins revision) {
    this.base = base;
    this.revision = revision;
  }

  List<ClientFinding> tell(List<ClientChange> changes) {
    return changes.stream().map(this::tell).toList();
  }

  ClientFinding tell(ClientChange change) {
    DocumentOrigin origin = base.of(change.className(), change.member());
    if (!origin.isKnown()) {
      origin = revision.of(change.className(), change.member());
    }
    return new ClientFinding(change.kind().ruleId(), change, origin, List.of(), sentence(change, origin));
  }

  private static String sentence(ClientChange change, DocumentOrigin origin) {
    String type = change.simpleClassName();
    String text = switch (change.kind()) {
      case CLASS_REMOVED -> type + ": class no longer generated, code that uses it no longer compiles";
      case CLASS_RENAMED -> type + ": class now generated as " + change.after() + ", code that names " + type + " no longer compiles";
      case METHOD_REMOVED -> type + ": method removed, " + change.before();
      case METHOD_PARAMETER_TYPE_CHANGED -> type + ": parameter types changed, " + change.before() + " becomes " + change.after();
      case METHOD_RETURN_TYPE_CHANGED -> type + ": return type changed, " + change.before() + " becomes " + change.after();
      case CONSTRUCTOR_REMOVED -> type + ": constructor removed, " + change.before();
      case ENUM_CONSTANT_REMOVED -> type + ": enum constant " + change.member() + " removed";
      case FIELD_REMOVED -> type + ": constant removed, " + change.before();
      case FIELD_TYPE_CHANGED -> type + ": constant type changed, " + change.before() + " becomes " + change.after();
      case OTHER_INCOMPATIBILITY -> type + ": " + (change.member().isEmpty() ? "class" : change.before())
          + " changed incompatibly (" + change.japicmpTypes() + ")";
    };
    String kinds = !change.binaryCompatible() && !change.sourceCompatible() ? "source and binary incompatible"
        : !change.binaryCompatible() ? "binary incompatible" : "source incompatible";
    String from = origin.isKnown() ? "; from " + origin.describe() : "";
    return text + " (" + kinds + from + ")";
  }
}
