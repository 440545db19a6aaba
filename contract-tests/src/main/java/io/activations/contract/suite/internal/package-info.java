/**
 * Internal: the implementation of the contract suite, not part of its TCK API (that is
 * {@link io.activations.contract.suite} only). Types here are public only where another package
 * of the suite or the project's own command line needs them; they change without notice.
 */
package io.activations.contract.suite.internal;
