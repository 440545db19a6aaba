package io.activations.contract.suite.internal.check;

/**
 * Where a rule of the suite comes from. Against this project's own mock every rule is enforced;
 * against someone else's server a failing {@link #HOUSE_RULE} is a warning unless the run is strict,
 * because nothing the vendor publishes promises it.
 */
public enum Provenance {

  /** Documented by the vendor (its reference page, its docs pages or its official SDKs). */
  VENDOR_DOCUMENTED("vendor"),

  /** A choice of this project: an invented bound, status or counting rule the vendor does not document. */
  HOUSE_RULE("house rule");

  private final String label;

  Provenance(String label) {
    this.label = label;
  }

  /** A short word for reports: {@code vendor} or {@code house rule}. */
  public String label() {
    return label;
  }
}
