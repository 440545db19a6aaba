package io.activations.contract.mock.internal;

/**
 * A client mistake found while handling a request, answered with the error envelope. Thrown
 * across the domain code and caught once by the pipeline; no stack trace is captured because it
 * is an expected outcome, not a bug.
 */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String field;

  ApiProblem(int status, String type, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.type = type;
    this.field = field;
  }

  static ApiProblem badRequest(String field, String message) {
    return new ApiProblem(400, "bad-request", message, field);
  }

  static ApiProblem notFound(String field, String message) {
    return new ApiProblem(404, "not-found", message, field);
  }

  static ApiProblem conflict(String field, String message) {
    return new ApiProblem(409, "conflict", message, field);
  }

  static ApiProblem unprocessable(String field, String message) {
    return new ApiProblem(422, "input-validation", message, field);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String field() {
    return field;
  }
}
