package io.activations.contract.suite.internal.http;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContinueProtocolHandler;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Sends neutral requests with Jetty's HttpClient and turns the answers back into neutral responses.
 * TLS checks the server's certificate and that it names the host; large bodies are announced with
 * {@code Expect: 100-continue}, so a server may refuse them (413, 401) before reading them. A
 * request that is not idempotent is never sent twice. Thread safe; close it when done.
 */
public final class HttpTransport implements AutoCloseable {

  /** Headers the client sets itself from the request: copying them would send them twice or wrongly. */
  private static final Set<String> CLIENT_OWNED = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "transfer-encoding", "content-type");

  /** Methods that may be sent again after a connection failed before any answer (RFC 9110 section 9.2.2). */
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  /** Answers larger than this are refused: no API answer comes near it, a runaway stream would. */
  private static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;

  /** The transport could not get an answer at all (connection refused, timeout, reset). */
  public static final class TransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TransportException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Bodies above this are announced with {@code Expect: 100-continue}: a server may answer 413
   * before reading them and close the connection, which must not lose that answer.
   */
  static final int EXPECT_CONTINUE_BODY_BYTES = 256 * 1024;

  private final URI baseUri;
  private final HttpClient client;
  private final Duration timeout;

  public HttpTransport(URI baseUri, Duration timeout) {
    this(baseUri, timeout, null);
  }

  /**
   * With the TLS trust of {@code sslContext} instead of the JVM's default trust store (for tests
   * with a certificate of their own); the host name is verified either way.
   */
  public HttpTransport(URI baseUri, Duration timeout, SSLContext sslContext) {
    String base = baseUri.toString();
    this.baseUri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    this.timeout = timeout;
    SslContextFactory.Client tls = new SslContextFactory.Client();
    tls.setEndpointIdentificationAlgorithm("HTTPS");
    if (sslContext != null) {
      tls.setSslContext(sslContext);
    }
    QueuedThreadPool threads = new QueuedThreadPool(8, 1);
    threads.setName("contract-http");
    threads.setDaemon(true);
    this.client = new HttpClient();
    client.setExecutor(threads);
    client.setSslContextFactory(tls);
    client.setConnectTimeout(timeout.toMillis());
    client.setFollowRedirects(false);
    client.setUserAgentField(null);
    client.setDefaultRequestContentType(null);  // a body sent without Content-Type must go without one
    client.setMaxConnectionsPerDestination(8);
    client.getContentDecoderFactories().clear();  // bodies are judged exactly as the server sent them
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the HTTP client: " + e.getMessage(), e);
    }
    // the answers are what is judged: no redirect followed, no 401 turned into an authentication
    // round (Jetty refuses a 401 without WWW-Authenticate), only 100-continue handled by the client
    client.getProtocolHandlers().clear();
    client.getProtocolHandlers().put(new ContinueProtocolHandler());
  }

  /** Whether a request with this method may be sent again (RFC 9110 section 9.2.2): never a POST or PATCH. */
  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method.toUpperCase(Locale.ROOT));
  }

  public ApiResponse send(ApiRequest request) {
    boolean idempotent = isIdempotent(request.method());
    try {
      try {
        return exchange(request);
      } catch (ExecutionException e) {
        if (!idempotent || !closedBeforeAnswering(e.getCause())) {
          throw e;
        }
        // a pooled connection the server had just closed: nothing was answered, and the method may be repeated
        return exchange(request);
      }
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      throw new TransportException(request.method() + " " + request.path() + " got no answer from " + baseUri + ": "
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted while waiting for " + baseUri, e);
    }
  }

  private ApiResponse exchange(ApiRequest request) throws ExecutionException, TimeoutException, InterruptedException {
    Request built = client.newRequest(uri(request)).method(request.method()).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    built.headers(headers -> {
      headers.remove(HttpHeader.ACCEPT_ENCODING);
      request.headers().forEach((name, values) -> {
        if (!CLIENT_OWNED.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(value -> headers.add(name, value));
        }
      });
      if (request.body().length > EXPECT_CONTINUE_BODY_BYTES) {
        headers.put(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
      }
    });
    if (request.hasBody()) {
      String contentType = request.header("Content-Type").orElse(null);
      built.body(new BytesRequestContent(contentType, request.body()));
    }
    CompletableFuture<ApiResponse> answer = new CompletableFuture<>();
    built.send(new BufferingResponseListener(MAX_ANSWER_BYTES) {
      @Override
      public void onComplete(Result result) {
        Response response = result.getResponse();
        // an early final answer to 100-continue (413, 401) fails the request, not the response: keep it
        if (result.getResponseFailure() == null && response != null && response.getStatus() > 0) {
          answer.complete(toApiResponse(response, getContent()));
        } else {
          answer.completeExceptionally(result.getFailure());
        }
      }
    });
    return answer.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
  }

  private static ApiResponse toApiResponse(Response response, byte[] body) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : response.getHeaders()) {
      headers.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
    }
    return new ApiResponse(response.getStatus(), headers, body == null ? new byte[0] : body);
  }

  /** The connection was closed or reset before a single byte of an answer came back. */
  private static boolean closedBeforeAnswering(Throwable cause) {
    String message = String.valueOf(cause == null ? null : cause.getMessage()).toLowerCase(Locale.ROOT);
    return cause instanceof java.io.EOFException || cause instanceof java.nio.channels.ClosedChannelException
        || message.contains("closed") || message.contains("reset");
  }

  URI uri(ApiRequest request) {
    StringJoiner query = new StringJoiner("&");
    request.query().forEach((name, values) -> values.forEach(value ->
        query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
    String text = baseUri + request.path() + (query.length() == 0 ? "" : "?" + query);
    return URI.create(text);
  }

  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the HTTP client did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
