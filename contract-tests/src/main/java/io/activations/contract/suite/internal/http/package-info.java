/**
 * Internal, not TCK API: the one outgoing HTTP client of the suite (and of its fault-injecting
 * proxy). It depends on no other package of the suite.
 */
package io.activations.contract.suite.internal.http;
