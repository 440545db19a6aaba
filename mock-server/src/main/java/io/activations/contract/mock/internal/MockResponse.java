package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the mock, independent of the HTTP server that writes it. */
record MockResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

  static MockResponse ok(JsonNode data) {
    ObjectNode envelope = Json.object();
    envelope.set("data", data);
    return new MockResponse(200, MediaTypes.VENDOR_JSON, Json.bytes(envelope), new LinkedHashMap<>(4));
  }

  static MockResponse error(int status, JsonNode envelope) {
    return new MockResponse(status, MediaTypes.JSON, Json.bytes(envelope), new LinkedHashMap<>(4));
  }

  MockResponse withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  MockResponse withRateLimit(RateLimitDecision decision) {
    if (decision != null) {
      headers.put("X-RateLimit-Consumed", Long.toString(decision.consumedHeader()));
      headers.put("X-RateLimit-Remaining", Long.toString(decision.remainingHeader()));
      headers.put("X-RateLimit-Reset", decision.resetHeader());
    }
    return this;
  }
}
