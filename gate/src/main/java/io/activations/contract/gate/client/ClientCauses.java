package io.activations.contract.gate.client;

import io.activations.contract.gate.Finding;
import java.util.List;
import java.util.function.Function;

/**
 * Points each client finding back to the document findings that caused it: those at the same place
 * of the document (the property's or schema's pointer, or below it, in the base or the revision), or
 * else, for a class or method that stands for an operation, those of that operation. A client change
 * without a document finding is a change the document judged harmless on the wire but that still
 * breaks code compiled against the client (a renamed schema, a wider integer).
 */
public final class ClientCauses {

  private ClientCauses() {}

  /** The linker {@link ClientCompatibilityReport#linkedWith} takes, over the diff's findings. */
  public static Function<ClientFinding, List<String>> from(List<Finding> documentFindings) {
    return finding -> causes(finding.origin(), documentFindings);
  }

  static List<String> causes(DocumentOrigin origin, List<Finding> documentFindings) {
    if (!origin.isKnown()) {
      return List.of();
    }
    List<String> atPlace = documentFindings.stream()
        .filter(f -> isAtOrBelow(f.baseLocation(), origin.pointer()) || isAtOrBelow(f.revisionLocation(), origin.pointer()))
        .map(ClientCauses::describe).distinct().toList();
    if (!atPlace.isEmpty() || origin.operationId().isEmpty()) {
      return atPlace;
    }
    return documentFindings.stream().filter(f -> f.operationId().equals(origin.operationId()))
        .map(ClientCauses::describe).distinct().toList();
  }

  private static boolean isAtOrBelow(String location, String pointer) {
    return location.equals(pointer) || location.startsWith(pointer + "/");
  }

  private static String describe(Finding f) {
    String location = f.revisionLocation().isEmpty() ? f.baseLocation() : f.revisionLocation();
    return f.ruleId() + " (" + f.level() + ") at " + location;
  }
}
