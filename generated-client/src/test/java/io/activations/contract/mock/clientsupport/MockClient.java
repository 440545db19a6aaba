package io.activations.contract.mock.clientsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.client.api.ActivationsApi;
import io.activations.client.support.ActivationsClients;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fixtures.Workspace;
import io.activations.contract.spec.Spec;
import java.util.Locale;
import java.util.Map;

/**
 * The generated client pointed at a running mock, with the token of the workspace that owns the
 * spec's example space. The default fixtures hold every id the spec's examples use, so the ids
 * here are the examples of the spec's path parameters rather than a second list of literals.
 */
final class MockClient {

    static final Spec SPEC = Spec.bundled();
    static final String SPACE = parameterExample("SpaceId");
    static final String AUDIENCE = parameterExample("AudienceId");
    static final String CONNECTION = parameterExample("ConnectionId");
    static final String ACTIVATION = parameterExample("ActivationId");

    private MockClient() {
    }

    static ActivationsApi api(MockServer mock) {
        return ActivationsClients.api(mock.baseUri(), tokenOwning(mock, SPACE));
    }

    /** The per-minute limit the spec gives an operation. */
    static int limitPerMinute(String operationId) {
        return SPEC.operation(operationId).rateLimit().perMinute()
                .orElseThrow(() -> new AssertionError(operationId + " has no numeric limit in the spec"));
    }

    /** The spec's example request body of an operation. */
    static JsonNode requestBodyExample(String operationId) {
        JsonNode content = SPEC.document().path("paths").path(SPEC.operation(operationId).pathTemplate())
                .path(SPEC.operation(operationId).method().toLowerCase(Locale.ROOT))
                .path("requestBody").path("content");
        JsonNode example = content.elements().hasNext() ? content.elements().next().path("example") : null;
        if (example == null || !example.isObject()) {
            throw new AssertionError(operationId + " has no request body example");
        }
        return example;
    }

    static String tokenOwning(MockServer mock, String spaceId) {
        for (Map.Entry<String, Workspace> token : mock.fixtures().tokens().entrySet()) {
            if (token.getValue().spaces().stream().anyMatch(space -> space.id().equals(spaceId))) {
                return token.getKey();
            }
        }
        throw new AssertionError("no fixture workspace owns the space " + spaceId);
    }

    private static String parameterExample(String name) {
        JsonNode example = SPEC.document().path("components").path("parameters").path(name).path("example");
        if (!example.isTextual()) {
            throw new AssertionError("the spec's parameter " + name + " has no example");
        }
        return example.asText();
    }
}
