package io.activations.contract.pact.verify;

/**
 * How one interaction of one pact fared against the provider.
 *
 * @param reason why it failed (mismatches or a state that could not be set up); empty when it passed
 */
public record InteractionOutcome(String consumer, String description, boolean passed, String reason) {}
