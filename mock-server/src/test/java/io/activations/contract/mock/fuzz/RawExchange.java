package io.activations.contract.mock.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request on a fresh connection, written byte for byte (nothing refuses a bad request here),
 * and the answer read back: the status line, the headers and a body of the declared length.
 */
final class RawExchange {

  private RawExchange() {}

  /** The answer, or null when the connection ended (closed or reset) before a whole answer arrived. */
  static RawAnswer send(URI baseUri, HostileRequests.HostileRequest request) throws IOException {
    try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
      socket.setSoTimeout(10_000);
      try {
        OutputStream out = socket.getOutputStream();
        out.write((request.head() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(request.body());
        out.flush();
        if (mayBeIncomplete(request)) {
          // the end of what the client sends: a body shorter than declared ends here instead of timing
          // out. Only then: a half-close races with the answer of a complete request
          socket.shutdownOutput();
        }
      } catch (IOException refusedWhileSending) {
        // the mock may answer and close before everything is written; the answer is read below
      }
      return read(socket.getInputStream());
    } catch (java.net.SocketException reset) {
      return null;
    }
  }

  /** Whether the server may wait for more than was sent: chunked, or a Content-Length above the body sent. */
  private static boolean mayBeIncomplete(HostileRequests.HostileRequest request) {
    String head = request.head().toLowerCase(Locale.ROOT);
    if (head.contains("\ntransfer-encoding:")) {
      return true;
    }
    int at = head.indexOf("\ncontent-length:");
    if (at < 0) {
      return false;
    }
    int end = head.indexOf('\n', at + 1);
    String value = head.substring(at + "\ncontent-length:".length(), end < 0 ? head.length() : end).trim();
    try {
      return Long.parseLong(value) > request.body().length;
    } catch (NumberFormatException unreadable) {
      return true;
    }
  }

  private static RawAnswer read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
      return null;
    }
    Map<String, String> headers = new TreeMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    if (body.length < length) {
      return null;
    }
    return new RawAnswer(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c == -1) {
        return null;
      }
      line.write(c);
    }
    return line.toString(StandardCharsets.ISO_8859_1).trim();
  }

  /** An answer: status, headers by lower-case name, body. */
  record RawAnswer(int status, Map<String, String> headers, byte[] body) {}
}
