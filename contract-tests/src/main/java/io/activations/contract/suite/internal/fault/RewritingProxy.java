package io.activations.contract.suite.internal.fault;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.suite.internal.http.HttpTransport;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A loopback HTTP proxy in front of a server that changes what passes through it as its
 * {@link Rewrite} says: the fault-injecting proxy breaks one thing, a test proxy can turn on a
 * behaviour a real server is documented to have. A Jetty core handler on 127.0.0.1, a free port.
 */
public final class RewritingProxy implements AutoCloseable {

  /** What the proxy changes: the request on its way up, the answer on its way back. */
  public interface Rewrite {
    default ApiRequest request(ApiRequest request) {
      return request;
    }

    ApiResponse response(ApiRequest request, ApiResponse answer);

    /** True: the connection closes before the whole (rewritten) answer is sent. */
    default boolean cutsShort(ApiRequest request, ApiResponse answer) {
      return false;
    }
  }

  /** Hop-by-hop and framing headers the proxy must not copy; each side sets its own. */
  private static final Set<String> NOT_FORWARDED =
      Set.of("connection", "content-length", "transfer-encoding", "date", "keep-alive", "host", "expect", "server");

  private final Server server;
  private final ServerConnector connector;
  private final HttpTransport upstream;
  private final Rewrite rewrite;

  private RewritingProxy(URI upstreamUri, Rewrite rewrite) {
    this.upstream = new HttpTransport(upstreamUri, Duration.ofSeconds(30));
    this.rewrite = rewrite;
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("rewriting-proxy");
    this.server = new Server(threads);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract(Handler.Abstract.InvocationType.BLOCKING) {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        forward(request, response, callback);
        return true;
      }
    });
  }

  /** Starts a proxy to {@code upstreamUri} on a free loopback port. */
  public static RewritingProxy start(URI upstreamUri, Rewrite rewrite) throws Exception {
    RewritingProxy proxy = new RewritingProxy(upstreamUri, rewrite);
    proxy.server.start();
    return proxy;
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  private void forward(Request request, Response response, Callback callback) throws Exception {
    ApiRequest incoming = rewrite.request(read(request));
    ApiResponse answer;
    try {
      answer = rewrite.response(incoming, upstream.send(incoming));
    } catch (HttpTransport.TransportException e) {
      answer = ApiResponse.status(502).withBody("application/json", "{\"errors\":[{\"type\":\"bad-gateway\"}]}");
    }
    response.setStatus(answer.status());
    answer.headers().forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> response.getHeaders().add(name, value));
      }
    });
    if (rewrite.cutsShort(incoming, answer)) {
      // promise more than is sent, then give up: the client sees the connection close mid-body
      response.getHeaders().put("Content-Length", answer.body().length + 1024L);
      response.write(false, ByteBuffer.wrap(answer.body()), Callback.from(() ->
          callback.failed(new java.io.IOException("answer cut short on purpose")), callback::failed));
      return;
    }
    response.getHeaders().put("Content-Length", answer.body().length);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  private static ApiRequest read(Request request) throws Exception {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      if (!NOT_FORWARDED.contains(field.getLowerCaseName())) {
        headers.computeIfAbsent(field.getName(), n -> new ArrayList<>()).add(field.getValue());
      }
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readAllBytes();
    }
    HttpURI uri = request.getHttpURI();
    return new ApiRequest(request.getMethod(), uri.getPath(), ApiRequest.parseQuery(uri.getQuery()), headers, body);
  }

  @Override
  public void close() {
    upstream.close();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the proxy did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
