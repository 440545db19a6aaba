package io.activations.contract.cli.gate;

/** How one step of the gate ended. Only {@link #FAILED} fails the gate. */
public enum StepStatus {
  PASSED("passed", "✅"),
  FAILED("failed", "❌"),
  /** Not run, with the reason in the outcome's headline (no pact files yet, nothing to compare with). */
  SKIPPED("skipped", "⏭️");

  private final String word;
  private final String icon;

  StepStatus(String word, String icon) {
    this.word = word;
    this.icon = icon;
  }

  public String word() {
    return word;
  }

  public String icon() {
    return icon;
  }
}
