/**
 * {@code ./contract gate}: the CI gate of a pull request that changes the document, as a sequence of
 * steps (lint, breaking changes, the generated client's compatibility, regenerate and compile, the
 * contract suite against the embedded mock, the project's pacts), each giving a {@link
 * io.activations.contract.cli.gate.StepOutcome}; renderers turn the outcomes into a Markdown summary for
 * the pull request and JUnit XML for the CI's test report.
 */
package io.activations.contract.cli.gate;
