package io.activations.contract.suite.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one HTTP client of the suite: TLS host names checked, 100-continue honoured, non-idempotent requests never resent. */
class HttpTransportTest {

  private static final String PASSWORD = "contract-suite";

  @TempDir
  Path dir;

  @Test
  void tls_aCertificateNamingAnotherHost_failsTheConnection() throws Exception {
    Path keystore = certificate("other", "dns:other.example");
    try (Running server = tlsServer(keystore); HttpTransport transport = transport(server, keystore)) {
      assertThatThrownBy(() -> transport.send(get()))
          .isInstanceOf(HttpTransport.TransportException.class)
          .hasMessageContaining("got no answer");
    }
  }

  @Test
  void tls_aCertificateNamingTheHost_isAccepted() throws Exception {
    Path keystore = certificate("loopback", "ip:127.0.0.1");
    try (Running server = tlsServer(keystore); HttpTransport transport = transport(server, keystore)) {
      assertThat(transport.send(get()).status()).isEqualTo(204);
    }
  }

  @Test
  void largeBody_isAnnouncedWith100Continue_andAnEarly413IsReadBeforeTheBodyIsSent() throws Exception {
    List<String> expectations = new CopyOnWriteArrayList<>();
    AtomicInteger bodiesRead = new AtomicInteger();
    Handler refuseLarge = new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        expectations.add(String.valueOf(request.getHeaders().get("Expect")));
        if (request.getLength() > 1024) {
          response.setStatus(413);  // answered without reading: Jetty does not send 100 Continue
          response.write(true, ByteBuffer.wrap("{\"errors\":[{\"type\":\"too-large\"}]}".getBytes(StandardCharsets.UTF_8)), callback);
          return true;
        }
        bodiesRead.incrementAndGet();
        Content.Source.consumeAll(request, Callback.NOOP);
        response.setStatus(200);
        callback.succeeded();
        return true;
      }
    };
    try (Running server = plainServer(refuseLarge); HttpTransport transport = new HttpTransport(uri(server, "http"), Duration.ofSeconds(10))) {
      ApiResponse large = transport.send(post(new byte[HttpTransport.EXPECT_CONTINUE_BODY_BYTES + 1]));
      ApiResponse small = transport.send(post(new byte[10]));

      assertThat(large.status()).isEqualTo(413);
      assertThat(small.status()).as("the connection is still usable after the refusal").isEqualTo(200);
      assertThat(expectations).containsExactly("100-continue", "null");
    }
  }

  @Test
  void post_onAConnectionClosedWithoutAnswer_isNotSentAgain_butAGetIs() throws Exception {
    Map<String, AtomicInteger> seen = Map.of("POST", new AtomicInteger(), "GET", new AtomicInteger());
    Handler hangUp = new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        int count = seen.get(request.getMethod()).incrementAndGet();
        if (count == 1) {
          callback.failed(new java.io.IOException("closing without an answer"));  // Jetty then closes the connection
          return true;
        }
        response.setStatus(200);
        callback.succeeded();
        return true;
      }
    };
    try (Running server = plainServer(hangUp); HttpTransport transport = new HttpTransport(uri(server, "http"), Duration.ofSeconds(10))) {
      ApiResponse firstGet = null;
      try {
        firstGet = transport.send(get());
      } catch (HttpTransport.TransportException gotNoAnswer) {
        // a server that answers a failed handler with 500 is fine too: then nothing was resent
      }
      Throwable post = org.assertj.core.api.Assertions.catchThrowable(() -> transport.send(post(new byte[10])));

      assertThat(seen.get("POST").get()).as("a POST is sent once, whatever happens to it").isEqualTo(1);
      assertThat(firstGet == null || firstGet.status() == 200 || firstGet.status() == 500).isTrue();
      assertThat(post == null || post instanceof HttpTransport.TransportException).isTrue();
    }
  }

  private static ApiRequest get() {
    return new ApiRequest("GET", "/ping", Map.of(), Map.of(), new byte[0]);
  }

  private static ApiRequest post(byte[] body) {
    return new ApiRequest("POST", "/things", Map.of(), Map.of("Content-Type", List.of("application/json")), body);
  }

  /** A self-signed certificate for {@code san} (keytool, as every JDK has it). */
  private Path certificate(String name, String san) throws Exception {
    Path keystore = dir.resolve(name + ".p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=" + name, "-ext", "SAN=" + san, "-keystore", keystore.toString(), "-storetype", "PKCS12",
        "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0).as(output).isTrue();
    return keystore;
  }

  /** Trusts exactly the test's certificate: any failure is then about the host name, not the trust. */
  private static HttpTransport transport(Running server, Path keystore) throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keystore.toFile())) {
      trusted.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return new HttpTransport(uri(server, "https"), Duration.ofSeconds(10), context);
  }

  private static Running tlsServer(Path keystore) throws Exception {
    Server server = new Server();
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(keystore.toString());
    tls.setKeyStorePassword(PASSWORD);
    tls.setKeyStoreType("PKCS12");
    HttpConfiguration config = new HttpConfiguration();
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    secure.setSniHostCheck(false);
    config.addCustomizer(secure);
    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(config));
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(204);
        callback.succeeded();
        return true;
      }
    });
    server.start();
    return new Running(server);
  }

  private static Running plainServer(Handler handler) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(handler);
    server.start();
    return new Running(server);
  }

  private static URI uri(Running running, String scheme) {
    return URI.create(scheme + "://127.0.0.1:" + ((ServerConnector) running.server().getConnectors()[0]).getLocalPort());
  }

  /** A started test server, stopped at the end of a try block. */
  private record Running(Server server) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      server.stop();
    }
  }
}
