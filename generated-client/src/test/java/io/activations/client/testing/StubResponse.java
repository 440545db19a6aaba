package io.activations.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An answer a {@link LoopbackServer} gives: status, headers and body bytes. */
public record StubResponse(int status, Map<String, String> headers, byte[] body) {

    public StubResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public static StubResponse json(int status, String json) {
        return of(status, "application/json", json);
    }

    public static StubResponse of(int status, String contentType, String body) {
        return new StubResponse(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same answer with one more header. */
    public StubResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StubResponse(status, more, body);
    }
}
