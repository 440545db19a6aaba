package io.activations.contract.gate.client;

import java.util.List;
import java.util.Objects;

/**
 * One incompatibility of the generated Java client, told for a reviewer, with the document change
 * that caused it when one is known.
 *
 * @param ruleId stable id ({@code client-method-removed}, ...), beside the document's rule ids
 * @param change what japicmp found
 * @param origin the part of the document the class or member comes from
 * @param causes the document findings ({@code rule-id at pointer}) at that origin, empty when none matched
 * @param message one sentence
 */
public record ClientFinding(String ruleId, ClientChange change, DocumentOrigin origin, List<String> causes, String message) {

  public ClientFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(message, "message");
    causes = List.copyOf(causes);
  }

  /** A finding without a japicmp change: the revision's client does not compile at all. */
  static ClientFinding compilationFailed(List<String> errors) {
    String first = errors.isEmpty() ? "" : ": " + errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    return new ClientFinding(ClientFindings.COMPILATION_FAILED, null, DocumentOrigin.NONE, List.of(),
        "the Java client generated from the revision does not compile" + first);
  }

  /** The Java element concerned ({@code Activation.getName()}), empty for a compilation failure. */
  public String element() {
    if (change == null) {
      return "";
    }
    return change.member().isEmpty() ? change.simpleClassName() : change.simpleClassName() + "." + change.member();
  }

  /** The same finding with the document findings that caused it. */
  ClientFinding withCauses(List<String> found) {
    return new ClientFinding(ruleId, change, origin, found, message);
  }
}
