package io.activations.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scripted HTTP listener on 127.0.0.1 and a free port: it records every request exactly as it
 * arrived (raw path, raw query, headers, body bytes) and answers with the responses queued for it,
 * in order. An unscripted request gets a 599, which no client mistakes for success.
 */
public final class LoopbackServer implements AutoCloseable {

    private final HttpServer server;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Deque<StubResponse> responses = new ArrayDeque<>();

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        LoopbackServer loopback = new LoopbackServer(server);
        server.createContext("/", loopback::handle);
        server.start();
        return loopback;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues the answer to the next unanswered request. */
    public synchronized LoopbackServer enqueue(StubResponse response) {
        responses.addLast(response);
        return this;
    }

    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The one request received; fails when there were none or several. */
    public synchronized RecordedRequest onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, received " + requests.size() + ": " + requests);
        }
        return requests.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            StubResponse response;
            // recorded before answering: the client may send its next request as soon as it has the answer
            synchronized (this) {
                requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), headers, body));
                response = responses.isEmpty()
                        ? StubResponse.json(599, "{\"errors\":[{\"type\":\"unscripted\"}]}")
                        : responses.removeFirst();
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.status(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    /** A request as the listener saw it. Header names are case-insensitive. */
    public record RecordedRequest(String method, String rawPath, String rawQuery,
                                  Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : String.join(", ", values);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }
}
