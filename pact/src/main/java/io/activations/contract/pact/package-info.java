/** Consumer-driven contracts for the Activations API with Pact JVM. */
package io.activations.contract.pact;
