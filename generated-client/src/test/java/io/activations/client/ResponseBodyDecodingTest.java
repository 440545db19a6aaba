package io.activations.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.support.ActivationsClients;
import io.activations.client.testing.LoopbackServer;
import io.activations.client.testing.SpecExamples;
import io.activations.client.testing.SpecExamples.ResponseExample;
import io.activations.client.testing.StubResponse;
import io.activations.contract.spec.Spec;
import java.nio.charset.Charset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JSON is UTF-8 whatever the platform charset. The build runs this class a second time on a JVM
 * whose default charset is US-ASCII (see the pom), where a client that decoded bodies with the
 * platform charset would mangle the text below; the template override in generator/ prevents that.
 */
class ResponseBodyDecodingTest {

    private static final String NON_ASCII = "Col du Galibier – été";
    private static final ObjectMapper CLIENT_MAPPER = new ApiClient().getObjectMapper();
    private static final SpecExamples EXAMPLES = SpecExamples.of(Spec.bundled());

    @BeforeAll
    static void platformCharsetIsTheOneThisRunAskedFor() {
        String expected = System.getProperty("client.test.platformCharset");
        if (expected != null) {
            assertThat(Charset.defaultCharset()).isEqualTo(Charset.forName(expected));
        }
    }

    @Test
    void successBody_withNonAsciiText_isReadAsUtf8() throws Exception {
        ResponseExample success = example("getActivationFromAudience", "200");
        ObjectNode body = success.value().deepCopy();
        ((ObjectNode) body.path("data").path("activation")).put("activationName", NON_ASCII);

        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.of(200, success.mediaType(), CLIENT_MAPPER.writeValueAsString(body)));
            ActivationsApi api = ActivationsClients.api(server.baseUri(), "token");

            ActivationOutput activation = api.getActivationFromAudience("spa_1", "aud_1", "act_1").getData().getActivation();

            assertThat(activation.getActivationName()).isEqualTo(NON_ASCII);
        }
    }

    @Test
    void errorBody_withNonAsciiText_isReadAsUtf8() throws Exception {
        ResponseExample notFound = example("getActivationFromAudience", "404");
        ObjectNode body = notFound.value().deepCopy();
        ((ObjectNode) body.path("errors").path(0)).put("message", NON_ASCII);
        String sent = CLIENT_MAPPER.writeValueAsString(body);

        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.of(404, notFound.mediaType(), sent));
            ActivationsApi api = ActivationsClients.api(server.baseUri(), "token");

            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> api.getActivationFromAudience("spa_1", "aud_1", "act_1"));

            assertThat(failure.getCode()).isEqualTo(404);
            assertThat(failure.getResponseBody()).isEqualTo(sent);
        }
    }

    private static ResponseExample example(String operationId, String status) {
        return EXAMPLES.responseExamples().stream()
                .filter(example -> example.operationId().equals(operationId) && example.status().equals(status))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the spec has no example of " + operationId + " " + status));
    }
}
