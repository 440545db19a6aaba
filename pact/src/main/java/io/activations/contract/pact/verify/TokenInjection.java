package io.activations.contract.pact.verify;

import io.activations.contract.mock.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;

/**
 * Puts a real token into the requests a pact describes with the mock's example token, and keeps it
 * out of everything written: a pact asking for a refused token (401) keeps its own.
 */
final class TokenInjection {

  private static final String MASK = "***";

  private final String token;
  private final Set<String> exampleTokens = Fixtures.defaults().tokens().keySet();

  TokenInjection(String token) {
    this.token = token == null || token.isBlank() ? null : token;
  }

  boolean active() {
    return token != null;
  }

  void apply(HttpRequest request) {
    if (token == null) {
      return;
    }
    Header authorization = request.getFirstHeader("Authorization");
    if (authorization == null) {
      return;
    }
    String value = authorization.getValue();
    String sent = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).trim() : value;
    if (exampleTokens.contains(sent)) {
      request.setHeader("Authorization", "Bearer " + token);
    }
  }

  String redact(String text) {
    return token == null || text == null ? text : text.replace(token, MASK);
  }

  /** Masks the token in every report file, whatever a reporter chose to print. */
  static void redactFiles(Path dir, TokenInjection injection) {
    if (!injection.active() || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains(injection.token)) {
          Files.writeString(file, injection.redact(text), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot redact the reports in " + dir + ": " + e.getMessage(), e);
    }
  }
}
