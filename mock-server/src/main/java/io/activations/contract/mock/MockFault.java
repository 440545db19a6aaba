package io.activations.contract.mock;

/**
 * A way the mock breaks the API's contract on purpose, so a contract suite can show that it
 * catches a server that misbehaves in its state, not only in the shape of its answers. Off unless
 * passed to {@link MockServer.Builder#faults}; no request, header or command-line option can turn
 * one on. Each fault breaks one rule of the API and leaves everything else correct.
 */
public enum MockFault {
  /** Removing an activation answers SUCCESS but the activation stays, readable and listed. */
  REMOVED_ACTIVATION_KEPT("a removed activation is kept"),
  /** A removed activation is gone for reads (404) but its list still shows it. */
  REMOVED_ACTIVATION_STILL_LISTED("a removed activation still listed"),
  /** A connection that still has activations is removed (with them) instead of answering 409. */
  CONFLICT_NOT_ENFORCED("a connection with activations removed instead of 409"),
  /** Removing a connection that has activations answers 409 but deletes the activations anyway. */
  CONFLICT_LOSES_ACTIVATIONS("a refused connection removal deletes its activations"),
  /** A page read with a cursor leaves out the item the cursor points at. */
  PAGE_SKIPPED("the first item after a cursor skipped"),
  /** A cursor resumes one item early, so the last item of a page is served again on the next. */
  PAGE_REPEATED("the last item of a page repeated on the next"),
  /** A token sees the spaces of every workspace, not only its own. */
  FOREIGN_WORKSPACE_VISIBLE("another workspace's spaces visible"),
  /** An activation update that sets displayName leaves it as it was. */
  UPDATE_IGNORES_DISPLAY_NAME("displayName ignored by updates"),
  /** An activation update answers the change but stores nothing. */
  UPDATE_NOT_STORED("an update answered but not stored"),
  /** An update with displayName null leaves the display name as it was. */
  NULL_DISPLAY_NAME_IGNORED("displayName null does not clear it"),
  /** An update with an empty activationName resets the name (to the activation's id) instead of ignoring it. */
  EMPTY_NAME_APPLIED("an empty activationName applied"),
  /** An update's destinationMapping.actionId replaces the activation's action instead of being ignored. */
  ACTION_ID_CHANGED("an update changes the activation's action"),
  /** A connection update with idSyncConfiguration [] clears the list instead of leaving it. */
  EMPTY_ID_SYNC_CLEARS("idSyncConfiguration [] clears the list"),
  /** A rate-limit window never ends: after the first 429, waiting Retry-After does not help. */
  RATE_LIMIT_NEVER_REFILLS("rate-limit budgets never refill");

  private final String description;

  MockFault(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
