package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.report.Finding;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;

/** The error envelope {@code {"errors": [RequestError, ...]}} in its variants. */
final class ErrorBodies {

  private ErrorBodies() {}

  static MockResponse problem(ApiProblem problem) {
    ObjectNode envelope = Json.object();
    envelope.putArray("errors").add(entry(problem.type(), problem.getMessage(), problem.field(), problem.status()));
    return MockResponse.error(problem.status(), envelope);
  }

  /** One {@code input-validation} entry per finding, naming the field the finding is about. */
  static MockResponse validationFailure(List<Finding> findings) {
    ObjectNode envelope = Json.object();
    ArrayNode errors = envelope.putArray("errors");
    for (Finding finding : findings) {
      String field = finding.location() == null || finding.location().isBlank() ? null : finding.location();
      errors.add(entry("input-validation", finding.message(), field, 422));
    }
    return MockResponse.error(422, envelope);
  }

  /** The 429 body of the spec's TooManyRequests response, with rate-limiter-flexible's data fields. */
  static MockResponse tooManyRequests(RateLimitDecision decision) {
    ObjectNode envelope = Json.object();
    ObjectNode error = entry("RequestError", "Too many requests", null, 429);
    ObjectNode data = error.putObject("data");
    data.put("msBeforeNext", decision.msBeforeNext());
    data.put("remainingPoints", decision.remainingPoints());
    data.put("consumedPoints", decision.points());
    envelope.putArray("errors").add(error);
    return MockResponse.error(429, envelope)
        .withRateLimit(decision)
        .withHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
  }

  static MockResponse methodNotAllowed(String method, String path, String allow) {
    ObjectNode envelope = Json.object();
    envelope.putArray("errors").add(entry("method-not-allowed",
        "Method " + method + " is not allowed on " + path + "; allowed: " + allow, null, 405));
    return MockResponse.error(405, envelope).withHeader("Allow", allow);
  }

  /**
   * An answer at the HTTP level (Jetty's own: bad URI, URI or headers too large, broken chunking),
   * typed by its status so a client can tell them apart without parsing the message.
   */
  static MockResponse protocolError(int status, String reason) {
    ObjectNode envelope = Json.object();
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    envelope.putArray("errors").add(entry(protocolErrorType(status), message, null, status));
    return MockResponse.error(status, envelope);
  }

  private static String protocolErrorType(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 408 -> "request-timeout";
      case 413 -> "payload-too-large";
      case 414 -> "uri-too-long";
      case 415 -> "unsupported-media-type";
      case 431 -> "headers-too-large";
      default -> status >= 500 ? "internal-error" : "bad-request";
    };
  }

  static MockResponse internalError(String requestId) {
    ObjectNode envelope = Json.object();
    envelope.putArray("errors").add(entry("internal-error",
        "The mock failed unexpectedly while handling this request (reference " + requestId + "); see its log", null, 500));
    return MockResponse.error(500, envelope);
  }

  private static ObjectNode entry(String type, String message, String field, int status) {
    ObjectNode error = Json.object();
    error.put("type", type);
    if (message != null) {
      error.put("message", message);
    }
    if (field != null) {
      error.put("field", field);
    }
    error.put("status", status);
    return error;
  }
}
