/**
 * The generated Java client's compatibility between two versions of the document: both clients are
 * generated and compiled in the JVM, compared class file by class file with japicmp, and each
 * source or binary incompatibility is told as a finding that points back to the part of the
 * document (schema, property, operation) it comes from.
 */
package io.activations.contract.gate.client;
