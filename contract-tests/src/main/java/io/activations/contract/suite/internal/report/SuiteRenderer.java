package io.activations.contract.suite.internal.report;

import io.activations.contract.suite.SuiteResult;

/** Turns a run's result into one document; one implementation per format. */
public interface SuiteRenderer {

  String render(SuiteResult result);

  /** The file name the document is written to under the report directory. */
  String fileName();
}
