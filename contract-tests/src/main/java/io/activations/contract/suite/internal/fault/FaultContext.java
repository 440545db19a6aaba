package io.activations.contract.suite.internal.fault;

/**
 * What some faults need to know about the server behind the proxy: the valid token (to accept a
 * request without one) and another workspace's token and ids (to serve its activation).
 */
record FaultContext(String token, String spaceId, String audienceId, String foreignToken, String foreignSpaceId,
    String foreignAudienceId, String foreignActivationId) {}
