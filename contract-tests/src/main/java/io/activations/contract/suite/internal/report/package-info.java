/**
 * Internal, not TCK API: the console, JUnit XML, JSON and Markdown renderings of a suite result,
 * public for the project's {@code ./contract} command line. Depends on the API package, never the
 * other way round.
 */
package io.activations.contract.suite.internal.report;
