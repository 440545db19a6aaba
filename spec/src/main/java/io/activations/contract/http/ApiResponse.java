package io.activations.contract.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one neutral model of an HTTP response, validated against the spec whichever server sent it.
 *
 * @param status the HTTP status code
 * @param headers header names as received; look them up with {@link #header(String)}
 * @param body the raw body bytes; empty when there is none
 */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public ApiResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599, was " + status);
    }
    headers = Multimaps.copy(headers);
    body = body == null ? new byte[0] : body.clone();
  }

  public static ApiResponse status(int status) {
    return new ApiResponse(status, Map.of(), null);
  }

  public static ApiResponse ok() {
    return status(200);
  }

  public ApiResponse withHeader(String name, String value) {
    return new ApiResponse(status, Multimaps.plus(headers, name, value), body);
  }

  /** Replaces the body and sets {@code Content-Type} (any earlier one is dropped). */
  public ApiResponse withBody(String contentType, byte[] newBody) {
    Map<String, List<String>> withoutType = new LinkedHashMap<>(headers);
    withoutType.keySet().removeIf(name -> name.equalsIgnoreCase("Content-Type"));
    if (contentType != null) {
      withoutType.put("Content-Type", List.of(contentType));
    }
    return new ApiResponse(status, withoutType, newBody);
  }

  public ApiResponse withBody(String contentType, String newBody) {
    return withBody(contentType, newBody == null ? null : newBody.getBytes(StandardCharsets.UTF_8));
  }

  /** First value of the header, compared case-insensitively. */
  public Optional<String> header(String name) {
    return Multimaps.firstIgnoringCase(headers, name);
  }

  public List<String> headerValues(String name) {
    return Multimaps.allIgnoringCase(headers, name);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiResponse other
        && status == other.status
        && headers.equals(other.headers)
        && java.util.Arrays.equals(body, other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, java.util.Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return status + " (" + body.length + " bytes)";
  }
}
