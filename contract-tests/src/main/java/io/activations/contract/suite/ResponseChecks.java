package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.check.SpecValidator;
import io.activations.contract.suite.internal.check.Tally;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a single response must satisfy whatever the request was: the spec's declared
 * responses (status, content type, body schema, required headers, through the validator), no
 * server error, the error envelope on every error, and the rate-limit contract. Thread safe.
 */
final class ResponseChecks {

  private final SpecValidator validator;

  public ResponseChecks(SpecValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  public Tally check(Exchange exchange, Duration clockTolerance) {
    Tally tally = new Tally();
    ApiResponse response = exchange.response();
    tally.addChecked(validator.validateResponse(exchange.operation(), response));
    tally.expect(response.status() < 500, FindingKey.RESPONSE_SERVER_ERROR, "status",
        "the server failed with " + response.status() + " on " + exchange.operation().operationId());
    if (response.status() >= 400) {
      envelope(response, tally);
    }
    RateLimitChecks.check(exchange.operation(), response, exchange.receivedAt(), clockTolerance, tally);
    return tally;
  }

  /** {@code {"errors": [{"type": "...", ...}, ...]}}, at least one error, each with a type. */
  static void envelope(ApiResponse response, Tally tally) {
    Optional<JsonNode> body = Json.parse(response.body());
    String problem = null;
    if (body.isEmpty() || !body.get().isObject()) {
      problem = "the body is not a JSON object";
    } else if (!body.get().path("errors").isArray() || body.get().path("errors").isEmpty()) {
      problem = "the body has no non-empty 'errors' array";
    } else {
      for (JsonNode error : body.get().path("errors")) {
        if (!error.path("type").isTextual()) {
          problem = "an error has no string 'type'";
          break;
        }
      }
    }
    tally.expect(problem == null, FindingKey.ENVELOPE_MISSING, "errors",
        "a " + response.status() + " must carry the error envelope {\"errors\": [{\"type\": ...}]}: " + problem);
  }
}
