package io.activations.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activations.client.testing.LoopbackServer;
import io.activations.client.testing.StubResponse;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ActivationsClientsTest {

    @Test
    void api_sendsTheTokenAsBearerOnEveryRequest() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.of(200, "application/vnd.segment.v1alpha+json", "{\"data\":{\"status\":\"SUCCESS\"}}"));
            server.enqueue(StubResponse.of(200, "application/vnd.segment.v1alpha+json", "{\"data\":{\"status\":\"SUCCESS\"}}"));

            var api = ActivationsClients.api(server.baseUri(), "tok_123");
            api.removeActivationFromAudience("spa_1", "aud_1", "act_1");
            api.removeDestinationFromAudience("spa_1", "aud_1", "ii_1");

            assertThat(server.requests()).hasSize(2)
                    .allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo("Bearer tok_123"));
        }
    }

    @Test
    void api_withABasePath_prefixesEveryOperationPath() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.of(200, "application/vnd.segment.v1alpha+json", "{\"data\":{\"status\":\"SUCCESS\"}}"));

            ActivationsClients.api(URI.create(server.baseUri() + "/gateway/"), "tok_123")
                    .removeActivationFromAudience("spa_1", "aud_1", "act_1");

            assertThat(server.onlyRequest().rawPath()).isEqualTo("/gateway/spaces/spa_1/audiences/aud_1/activations/act_1");
        }
    }

    @Test
    void apiClient_boundsHowLongItWaits() {
        var client = ActivationsClients.apiClient(URI.create("http://127.0.0.1:8080"), "tok_123");

        assertThat(client.getConnectTimeout()).isEqualTo(ActivationsClients.CONNECT_TIMEOUT).isPositive();
        assertThat(client.getReadTimeout()).isEqualTo(ActivationsClients.READ_TIMEOUT).isPositive();
    }

    @Test
    void apiClient_withAnUnusableBaseUriOrToken_isRejectedWithAPlainMessage() {
        URI base = URI.create("http://127.0.0.1:8080");

        assertThatThrownBy(() -> ActivationsClients.apiClient(URI.create("/relative"), "tok"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> ActivationsClients.apiClient(base, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> ActivationsClients.apiClient(base, "tok\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("printable");
    }
}
