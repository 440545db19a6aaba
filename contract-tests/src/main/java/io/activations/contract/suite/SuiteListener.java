package io.activations.contract.suite;

/** Told about progress while the suite runs (the CLI prints it); every method does nothing by default. */
public interface SuiteListener {

  default void groupStarted(String group, int plannedCases) {}

  default void caseFinished(CaseResult result) {}

  default void groupFinished(String group) {}

  /** A note about the run itself, such as cases that could not be planned or a wait for a rate-limit window. */
  default void note(String message) {}
}
