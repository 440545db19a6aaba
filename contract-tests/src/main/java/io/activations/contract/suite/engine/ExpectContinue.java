package io.activations.contract.suite.engine;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request with a large body, sent the way RFC 9110 section 10.1.1 describes: the
 * headers first with {@code Expect: 100-continue}, the body only after {@code 100 Continue} (or a
 * short wait), and no body at all when the server answers first. A server that refuses an
 * oversized body by its Content-Length is then heard, instead of the answer being lost in the
 * connection reset that follows when it closes under a client still uploading. (The JDK client's
 * own expect-continue waits forever for a final answer without a 100 on Java 17.)
 */
final class ExpectContinue {

  /** How long to wait for 100 Continue before sending the body anyway (a server may ignore Expect). */
  private static final Duration CONTINUE_WAIT = Duration.ofSeconds(3);

  private ExpectContinue() {}

  static ApiResponse send(URI uri, ApiRequest request, Duration timeout) throws IOException {
    boolean tls = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
    try (Socket socket = tls ? SSLSocketFactory.getDefault().createSocket() : new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), (int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      out.write(head(uri, request).getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.setSoTimeout((int) CONTINUE_WAIT.toMillis());
      Interim first = readHead(in, true);
      socket.setSoTimeout((int) timeout.toMillis());
      if (first == null || first.status() == 100) {
        out.write(request.body());
        out.flush();
        first = readHead(in, false);
        while (first.status() == 100) {
          first = readHead(in, false);
        }
      }
      return new ApiResponse(first.status(), first.headers(), readBody(in, first.headers()));
    }
  }

  private static String head(URI uri, ApiRequest request) {
    String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    StringBuilder head = new StringBuilder(request.method()).append(' ').append(target).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append("\r\n");
    request.headers().forEach((name, values) -> values.forEach(v -> head.append(name).append(": ").append(v).append("\r\n")));
    head.append("Content-Length: ").append(request.body().length).append("\r\n");
    head.append("Expect: 100-continue\r\nConnection: close\r\n\r\n");
    return head.toString();
  }

  private record Interim(int status, Map<String, List<String>> headers) {}

  /** The status line and headers; null when {@code mayTimeOut} and nothing came within the wait. */
  private static Interim readHead(InputStream in, boolean mayTimeOut) throws IOException {
    String statusLine;
    try {
      statusLine = line(in);
    } catch (SocketTimeoutException e) {
      if (mayTimeOut) {
        return null;
      }
      throw e;
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP status line: " + statusLine);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(header.substring(0, colon).strip(), k -> new ArrayList<>()).add(header.substring(colon + 1).strip());
      }
    }
    return new Interim(Integer.parseInt(parts[1]), headers);
  }

  private static byte[] readBody(InputStream in, Map<String, List<String>> headers) throws IOException {
    String length = first(headers, "Content-Length");
    if (length != null) {
      return in.readNBytes(Integer.parseInt(length.strip()));
    }
    String encoding = first(headers, "Transfer-Encoding");
    if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      for (int size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
        body.write(in.readNBytes(size));
        line(in);
      }
      return body.toByteArray();
    }
    return in.readAllBytes();
  }

  private static int chunkSize(String line) {
    int semicolon = line.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).strip(), 16);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst().orElse(null);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed in the middle of the answer's head");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
