package io.activations.contract.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Hand-written HTTP/1.1 for what java.net.http refuses to send (bad escapes, lying Content-Length). */
final class RawSocket {

  private RawSocket() {}

  /** Sends {@code head} (request line and headers, without the blank line) and returns the status line. */
  static String statusLineOf(URI baseUri, String head) throws IOException {
    try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return readLine(socket.getInputStream());
    }
  }

  static String requestHead(String method, String target, URI baseUri, String... headers) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(baseUri.getHost()).append(':').append(baseUri.getPort());
    for (String header : headers) {
      head.append("\r\n").append(header);
    }
    return head.toString();
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    return line.toString().trim();
  }
}
