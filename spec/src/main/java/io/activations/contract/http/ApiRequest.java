package io.activations.contract.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one neutral model of an HTTP request that the mock, the suite and the Pact adapter convert
 * into, so only this is ever validated.
 *
 * @param method upper-case HTTP method
 * @param path the raw (still percent-encoded) path, without the query string
 * @param query decoded query parameters in the order received
 * @param headers header names as received; look them up with {@link #header(String)}
 * @param body the raw body bytes; empty when there is none
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    byte[] body) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    method = method.toUpperCase(Locale.ROOT);
    query = Multimaps.copy(query);
    headers = Multimaps.copy(headers);
    body = body == null ? new byte[0] : body.clone();
  }

  public static ApiRequest of(String method, String path) {
    return new ApiRequest(method, path, Map.of(), Map.of(), null);
  }

  public static ApiRequest get(String path) {
    return of("GET", path);
  }

  public static ApiRequest delete(String path) {
    return of("DELETE", path);
  }

  public static ApiRequest post(String path, String contentType, String body) {
    return of("POST", path).withBody(contentType, body);
  }

  public static ApiRequest patch(String path, String contentType, String body) {
    return of("PATCH", path).withBody(contentType, body);
  }

  public ApiRequest withHeader(String name, String value) {
    return new ApiRequest(method, path, query, Multimaps.plus(headers, name, value), body);
  }

  public ApiRequest withQueryParameter(String name, String value) {
    return new ApiRequest(method, path, Multimaps.plus(query, name, value), headers, body);
  }

  /** Replaces the body and sets {@code Content-Type} (any earlier one is dropped). */
  public ApiRequest withBody(String contentType, byte[] newBody) {
    Map<String, List<String>> withoutType = new LinkedHashMap<>(headers);
    withoutType.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type"));
    if (contentType != null) {
      withoutType.put("Content-Type", List.of(contentType));
    }
    return new ApiRequest(method, path, query, withoutType, newBody);
  }

  public ApiRequest withBody(String contentType, String newBody) {
    return withBody(contentType, newBody == null ? null : newBody.getBytes(StandardCharsets.UTF_8));
  }

  /** First value of the header, compared case-insensitively. */
  public Optional<String> header(String name) {
    return Multimaps.firstIgnoringCase(headers, name);
  }

  public List<String> headerValues(String name) {
    return Multimaps.allIgnoringCase(headers, name);
  }

  /** First value of the query parameter (names are case-sensitive). */
  public Optional<String> queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public Optional<String> contentType() {
    return header("Content-Type");
  }

  public boolean hasBody() {
    return body.length > 0;
  }

  public String bodyAsString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Decodes a raw query string ({@code a=1&b=x%20y}) into parameters, keeping order and repeats. */
  public static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = PercentDecoder.decodeQueryComponent(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : PercentDecoder.decodeQueryComponent(pair.substring(eq + 1));
      result.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiRequest other
        && method.equals(other.method)
        && path.equals(other.path)
        && query.equals(other.query)
        && headers.equals(other.headers)
        && java.util.Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : " " + query) + " (" + body.length + " bytes)";
  }
}
