package io.activations.client.support;

import io.activations.client.ApiClient;
import io.activations.client.api.ActivationsApi;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Ready-to-use clients of the Activations API. The generated native client leaves authentication
 * to a request interceptor; this one adds the {@code Authorization: Bearer <token>} header that the
 * spec's {@code token} security scheme requires on every operation.
 */
public final class ActivationsClients {

    /** Without a bound a client waits forever on an unreachable host or a stalled server. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private ActivationsClients() {
    }

    /**
     * An {@link ActivationsApi} that talks to {@code baseUri} (for example
     * {@code http://127.0.0.1:8080} or {@code https://api.segmentapis.com}) with {@code token}.
     */
    public static ActivationsApi api(URI baseUri, String token) {
        return new ActivationsApi(apiClient(baseUri, token));
    }

    /**
     * An {@link ApiClient} for {@code baseUri} whose every request carries {@code token}, with
     * {@link #CONNECT_TIMEOUT} and {@link #READ_TIMEOUT}; change them on the result if need be.
     */
    public static ApiClient apiClient(URI baseUri, String token) {
        Objects.requireNonNull(baseUri, "baseUri");
        if (!baseUri.isAbsolute() || baseUri.getHost() == null) {
            throw new IllegalArgumentException("base URI must be absolute with a host, such as http://127.0.0.1:8080: " + baseUri);
        }
        ApiClient client = new ApiClient();
        client.updateBaseUri(withoutTrailingSlash(baseUri.toString()));
        client.setRequestInterceptor(bearerToken(token));
        client.setConnectTimeout(CONNECT_TIMEOUT);
        client.setReadTimeout(READ_TIMEOUT);
        return client;
    }

    /** A request interceptor that sets {@code Authorization: Bearer <token>}. */
    public static Consumer<HttpRequest.Builder> bearerToken(String token) {
        String header = "Bearer " + requireUsableToken(token);
        return request -> request.setHeader("Authorization", header);
    }

    private static String requireUsableToken(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            // a header value with spaces or control characters would be rejected or split by the HTTP layer
            throw new IllegalArgumentException("token must be printable ASCII without spaces");
        }
        return token;
    }

    /** The generated client appends operation paths (which start with '/') to the base path. */
    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
