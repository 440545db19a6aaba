package io.activations.contract.gate;

import java.util.Objects;

/**
 * One change the gate judged. {@code level} is the rule's level unless an explicit option relaxed it
 * ({@link DiffOptions#relaxAlpha()}). {@code operation} is {@code METHOD /path} as the revision
 * writes it (the base's for a removed operation), or empty for document-level findings.
 * {@code baseLocation} and {@code revisionLocation} are JSON pointers into each document where the
 * change sits (after following {@code $ref}s); one of them is empty when the thing exists on one side only.
 */
public record Finding(
    String ruleId,
    Level level,
    Side side,
    String operation,
    String operationId,
    String baseLocation,
    String revisionLocation,
    String message) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(side, "side");
    operation = operation == null ? "" : operation;
    operationId = operationId == null ? "" : operationId;
    baseLocation = baseLocation == null ? "" : baseLocation;
    revisionLocation = revisionLocation == null ? "" : revisionLocation;
    Objects.requireNonNull(message, "message");
  }

  /** Breaking means ERR: existing callers or clients fail. */
  public boolean isBreaking() {
    return level == Level.ERR;
  }
}
