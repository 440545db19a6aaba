/** The breaking-change judgement between two versions of the Activations document. */
package io.activations.contract.gate;
