package io.activations.contract.gate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One accepted finding: the rule, the operation ({@code METHOD /path} or an operationId) and the
 * location (a JSON pointer into the base or the revision), why it is accepted, and until when.
 * {@code line} is where the entry starts in its file, for messages.
 */
public record IgnoreEntry(String ruleId, String operation, String location, String reason, Optional<LocalDate> expires, int line) {

  /** The operation an entry names for a document-level finding. */
  public static final String DOCUMENT_LEVEL = "-";

  public IgnoreEntry {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expires, "expires");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  /** Expired on {@code today}: the expiry date is before it. */
  public boolean isExpired(LocalDate today) {
    return expires.map(today::isAfter).orElse(false);
  }

  /** Same rule, same operation (path parameters compared by position, not name) and same location in either document. */
  public boolean matches(Finding finding) {
    return ruleId.equals(finding.ruleId())
        && operationMatches(finding)
        && (location.equals(finding.baseLocation()) || location.equals(finding.revisionLocation()));
  }

  /** Document-level findings ({@code info.version}) belong to no operation; an entry names them with {@code -}. */
  private boolean operationMatches(Finding finding) {
    if (finding.operation().isEmpty()) {
      return DOCUMENT_LEVEL.equals(operation);
    }
    if (!finding.operationId().isEmpty() && operation.equals(finding.operationId())) {
      return true;
    }
    return OperationKey.normalize(operation).equals(OperationKey.normalize(finding.operation()));
  }
}
