package io.activations.contract.suite;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.suite.internal.check.FindingKey;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text a person reads when a case fails: every finding, then every exchange with its request
 * (token already masked) and response. Long bodies are shortened; nothing else is left out.
 */
public final class Transcript {

  /** Bodies longer than this are cut in transcripts (a 1 MiB probe body helps nobody). */
  static final int BODY_LIMIT = 2_000;

  private Transcript() {}

  public static String of(CaseResult result) {
    StringBuilder text = new StringBuilder();
    text.append(result.status()).append(' ').append(result.title()).append('\n');
    if (!result.note().isEmpty()) {
      text.append("note: ").append(result.note()).append('\n');
    }
    text.append(findings(result.findings()));
    List<Exchange> exchanges = result.exchanges();
    for (int i = 0; i < exchanges.size(); i++) {
      text.append("--- exchange ").append(i + 1).append(" of ").append(exchanges.size()).append(" ---\n");
      text.append(of(exchanges.get(i)));
    }
    return text.toString();
  }

  public static String findings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "findings: none\n";
    }
    StringBuilder text = new StringBuilder("findings (" + findings.size() + "):\n");
    for (Finding finding : findings) {
      text.append("  ").append(finding.level()).append(' ').append(finding.key())
          .append(" [").append(FindingKey.provenanceOf(finding.key()).label()).append(']');
      if (!finding.location().isEmpty()) {
        text.append(" at ").append(finding.location());
      }
      text.append(": ").append(finding.message()).append('\n');
    }
    return text.toString();
  }

  public static String of(Exchange exchange) {
    return request(exchange.request()) + response(exchange.response());
  }

  static String request(ApiRequest request) {
    StringBuilder text = new StringBuilder("> ").append(request.method()).append(' ').append(requestLine(request)).append('\n');
    headers(text, "> ", request.headers());
    body(text, "> ", request.body());
    return text.toString();
  }

  static String response(ApiResponse response) {
    StringBuilder text = new StringBuilder("< ").append(response.status()).append('\n');
    headers(text, "< ", response.headers());
    body(text, "< ", response.body());
    return text.toString();
  }

  /** The path with its query string, as it went on the wire (values shown decoded). */
  public static String requestLine(ApiRequest request) {
    if (request.query().isEmpty()) {
      return request.path();
    }
    return request.path() + "?" + request.query().entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + shorten(v, 80)))
        .collect(Collectors.joining("&"));
  }

  private static void headers(StringBuilder text, String prefix, Map<String, List<String>> headers) {
    headers.forEach((name, values) -> values.forEach(value -> text.append(prefix).append(name).append(": ").append(value).append('\n')));
  }

  private static void body(StringBuilder text, String prefix, byte[] body) {
    if (body.length == 0) {
      return;
    }
    String value = new String(body, 0, Math.min(body.length, BODY_LIMIT + 1), java.nio.charset.StandardCharsets.UTF_8);
    text.append(prefix).append(shorten(value, BODY_LIMIT));
    if (body.length > BODY_LIMIT) {
      text.append(" ... (").append(body.length).append(" bytes in all)");
    }
    text.append('\n');
  }

  static String shorten(String value, int limit) {
    return value.length() <= limit ? value : value.substring(0, limit) + "...";
  }
}
