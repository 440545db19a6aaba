/**
 * Internal, not TCK API: the finding-key registry, the spec validator the checks run and the
 * parsing of rate-limit headers. The lowest layer of the suite: it depends on no other package of
 * the suite.
 */
package io.activations.contract.suite.internal.check;
