package io.activations.contract.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.http.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** One answer of the mock as a raw HTTP client saw it. */
record Answer(int status, HttpHeaders headers, byte[] bytes) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  String body() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  JsonNode json() {
    try {
      return MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body(), e);
    }
  }

  /** {@code data} of a 200 answer. */
  JsonNode data() {
    return json().path("data");
  }

  /** The first entry of {@code errors} of an error answer. */
  JsonNode firstError() {
    return json().path("errors").path(0);
  }

  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  long longHeader(String name) {
    return Long.parseLong(headers.firstValue(name).orElseThrow(() -> new AssertionError("no header " + name)));
  }

  ApiResponse toApiResponse() {
    return new ApiResponse(status, headers.map(), bytes);
  }

  @Override
  public String toString() {
    return status + " " + body();
  }
}
