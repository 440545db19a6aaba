package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.suite.internal.check.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The mock's test endpoint for its clock, over HTTP like everything else the suite does with the
 * mock: reads the mock's time and moves it forward.
 */
final class MockClockEndpoint {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI base;

  MockClockEndpoint(URI base) {
    this.base = base;
  }

  Instant now() {
    return send(HttpRequest.newBuilder(base.resolve("/__mock/clock")).GET());
  }

  /** Moves the mock's clock; returns its new time. */
  Instant advance(Duration duration) {
    URI uri = base.resolve("/__mock/clock/advance?millis=" + duration.toMillis());
    return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private Instant send(HttpRequest.Builder request) {
    HttpResponse<byte[]> response;
    try {
      response = client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("the mock's clock endpoint at " + base + " did not answer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while moving the mock's clock", e);
    }
    JsonNode now = Json.parse(response.body()).map(body -> body.path("now")).orElse(null);
    if (response.statusCode() != 200 || now == null || !now.isTextual()) {
      throw new IllegalStateException("the mock's clock endpoint answered " + response.statusCode() + " without the time");
    }
    try {
      return Instant.parse(now.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("the mock's clock endpoint answered a time that is no instant: " + now.asText(), e);
    }
  }
}
