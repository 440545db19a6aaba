package io.activations.contract.suite.engine;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Sends neutral requests over {@code java.net.http} and turns the answers back into neutral
 * responses; large bodies go through {@link ExpectContinue}. Thread safe.
 */
public final class HttpTransport {

  /** Headers the JDK client sets itself and refuses to take from callers. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  /** The transport could not get an answer at all (connection refused, timeout, reset). */
  public static final class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransportException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Bodies above this travel on a connection of their own, announced with {@code Expect:
   * 100-continue}: a server may answer 413 before reading them and close the connection, which must
   * neither lose that answer nor break the next request on a shared connection.
   */
  static final int ISOLATED_BODY_BYTES = 256 * 1024;

  private final URI baseUri;
  private final HttpClient client;
  private final Duration timeout;

  public HttpTransport(URI baseUri, Duration timeout) {
    String base = baseUri.toString();
    this.baseUri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public ApiResponse send(ApiRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request)).timeout(timeout);
    request.headers().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> builder.header(name, value));
      }
    });
    HttpRequest.BodyPublisher body = request.hasBody()
        ? HttpRequest.BodyPublishers.ofByteArray(request.body())
        : HttpRequest.BodyPublishers.noBody();
    builder.method(request.method(), body);
    try {
      if (request.body().length > ISOLATED_BODY_BYTES) {
        return ExpectContinue.send(uri(request), request, timeout);
      }
      HttpRequest built = builder.build();
      HttpResponse<byte[]> response;
      try {
        response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (!closedBeforeAnswering(e)) {
          throw e;
        }
        // A server that answers before reading a body (a 401 or 429 comes first) may close the
        // connection once the answer is out; the next request, sent on it from the pool, then
        // meets a closed connection and was never read. Sending it again, on a new connection, is
        // what the JDK client already does for GET; here it covers every method.
        response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
      }
      Map<String, List<String>> headers = new LinkedHashMap<>(response.headers().map());
      headers.remove(":status");
      return new ApiResponse(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new TransportException(request.method() + " " + request.path() + " got no answer from " + baseUri + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for " + baseUri, e);
    }
  }

  /** The JDK client's words for a pooled connection the server had already closed: not a single byte came back. */
  private static boolean closedBeforeAnswering(IOException e) {
    String message = String.valueOf(e.getMessage());
    return e instanceof java.io.EOFException || message.contains("received no bytes") || message.contains("EOF reached while reading");
  }

  URI uri(ApiRequest request) {
    StringJoiner query = new StringJoiner("&");
    request.query().forEach((name, values) -> values.forEach(value ->
        query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
    String text = baseUri + request.path() + (query.length() == 0 ? "" : "?" + query);
    return URI.create(text);
  }
}
