package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.validation.ContractValidator;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Every request takes the same steps, in this order: route (404, 405), rate limit (429),
 * authenticate (401), body size (413), content type (415), validation against the spec (400 for
 * a body that is not JSON, 422 with one error per finding), then the operation's own rules. A
 * client mistake always ends as a 4xx; only a bug in the mock gives a 500, which is logged.
 *
 * <p>The steps before the body are {@link #start}; when the operation takes a body, the server
 * reads it (without blocking a thread) and hands it to {@link #finish}. Nothing here blocks or
 * does I/O, so the server may run it on any thread.
 */
final class RequestPipeline {

  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final System.Logger LOG = System.getLogger("io.activations.contract.mock");

  private final Spec spec;
  private final ContractValidator validator;
  private final RateLimiter limiter;
  private final Supplier<World> world;
  private final Map<String, OperationHandler> handlers;
  private final AtomicLong failures = new AtomicLong();

  RequestPipeline(Spec spec, ContractValidator validator, RateLimiter limiter, Supplier<World> world,
      Map<String, OperationHandler> handlers) {
    this.spec = spec;
    this.validator = validator;
    this.limiter = limiter;
    this.world = world;
    this.handlers = Map.copyOf(handlers);
  }

  /** The outcome of the steps before the body: an answer, or the request waiting for its body. */
  sealed interface Start permits Answered, AwaitingBody {}

  record Answered(MockResponse response) implements Start {}

  /** A request that passed routing, rate limiting and authentication and whose operation takes a body. */
  record AwaitingBody(Accepted request) implements Start {}

  record Accepted(IncomingRequest request, PathMatch match, WorkspaceState workspace, RateLimitDecision decision) {}

  Start start(IncomingRequest request) {
    RateLimitDecision decision = null;
    try {
      Optional<PathMatch> match = spec.match(request.method(), request.rawPath());
      if (match.isEmpty()) {
        return new Answered(routeFailure(request));
      }
      SpecOperation operation = match.get().operation();
      Credentials credentials = Credentials.of(request.header("Authorization"));
      decision = limiter.consume(credentials.bucketKey(), operation);
      if (!decision.allowed()) {
        return new Answered(ErrorBodies.tooManyRequests(decision));
      }
      WorkspaceState workspace = credentials.token() == null ? null : world.get().workspaceForToken(credentials.token());
      if (workspace == null) {
        throw new ApiProblem(401, "unauthorized", "A valid bearer token is required", null);
      }
      Accepted accepted = new Accepted(request, match.get(), workspace, decision);
      if (!operation.hasRequestBody()) {
        return new Answered(answer(accepted, null));
      }
      if (request.declaredLength() > MAX_BODY_BYTES) {
        return new Answered(tooLarge(accepted));
      }
      return new AwaitingBody(accepted);
    } catch (RuntimeException | Error e) {
      return new Answered(failure(e, request, decision));
    }
  }

  /** Continues a request whose body has been read in full (empty when it had none). */
  MockResponse finish(Accepted accepted, byte[] body) {
    return answer(accepted, body);
  }

  /** Answers a request whose body turned out to be over the limit, without reading the rest. */
  MockResponse tooLarge(Accepted accepted) {
    return ErrorBodies.problem(new ApiProblem(413, "payload-too-large",
        "The body must not exceed " + MAX_BODY_BYTES + " bytes", null)).withRateLimit(accepted.decision());
  }

  private MockResponse answer(Accepted accepted, byte[] body) {
    try {
      return MockResponse.ok(call(accepted, body)).withRateLimit(accepted.decision());
    } catch (RuntimeException | Error e) {
      return failure(e, accepted.request(), accepted.decision());
    }
  }

  private JsonNode call(Accepted accepted, byte[] body) {
    IncomingRequest request = accepted.request();
    SpecOperation operation = accepted.match().operation();
    Map<String, List<String>> query = QueryString.parse(request.rawQuery());
    String contentType = body == null ? null : requestContentType(request.header("Content-Type"), body);
    Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
    ApiRequest apiRequest = new ApiRequest(request.method(), request.rawPath(), query, headers, body);
    rejectInvalid(validator.validateRequest(accepted.match(), apiRequest));
    JsonNode json = body == null || body.length == 0 ? null : parse(body);
    OperationHandler handler = handlers.get(operation.operationId());
    if (handler == null) {
      throw new ApiProblem(501, "not-implemented",
          "The mock does not implement " + operation.operationId() + " (" + operation.describe() + ")", null);
    }
    try {
      return handler.handle(new OperationCall(accepted.workspace(), accepted.match().pathParameters(), query, json));
    } catch (IllegalArgumentException refusedByTheModel) {
      // the model's records refuse a value the schema let through: still the client's mistake, never a 500
      throw ApiProblem.unprocessable(null, refusedByTheModel.getMessage());
    }
  }

  private MockResponse failure(Throwable failure, IncomingRequest request, RateLimitDecision decision) {
    if (failure instanceof ValidationFailure validation) {
      return ErrorBodies.validationFailure(validation.findings()).withRateLimit(decision);
    }
    if (failure instanceof ApiProblem problem) {
      return ErrorBodies.problem(problem).withRateLimit(decision);
    }
    String reference = "mock-" + failures.incrementAndGet();
    LOG.log(Level.ERROR, "unexpected failure " + reference + " handling " + request.method() + " " + request.rawPath(),
        failure);
    return ErrorBodies.internalError(reference).withRateLimit(decision);
  }

  /**
   * The Content-Type handed to the validator: both accepted types become the vendor type the spec
   * declares. Anything else, or a body without a type, is a 415.
   */
  private static String requestContentType(String contentType, byte[] body) {
    if (contentType == null) {
      if (body.length == 0) {
        return null;
      }
      throw new ApiProblem(415, "unsupported-media-type",
          "A body needs Content-Type " + MediaTypes.VENDOR_JSON + " or " + MediaTypes.JSON, null);
    }
    if (!MediaTypes.isAcceptedRequestType(contentType)) {
      throw new ApiProblem(415, "unsupported-media-type", "Content-Type " + contentType + " is not supported; send "
          + MediaTypes.VENDOR_JSON + " or " + MediaTypes.JSON + " (UTF-8)", null);
    }
    return MediaTypes.VENDOR_JSON;
  }

  private static void rejectInvalid(Report report) {
    List<Finding> errors = report.errors();
    if (errors.isEmpty()) {
      return;
    }
    for (Finding finding : errors) {
      if (finding.key().equals("request.contentType.unsupported")) {
        throw new ApiProblem(415, "unsupported-media-type", finding.message(), null);
      }
    }
    for (Finding finding : errors) {
      if (finding.key().equals("request.body.malformed")) {
        throw ApiProblem.badRequest(null, finding.message());
      }
    }
    throw new ValidationFailure(errors);
  }

  private static JsonNode parse(byte[] body) {
    try {
      return Json.parse(body);
    } catch (IOException e) {
      throw ApiProblem.badRequest(null, "The body is not valid JSON");
    }
  }

  private MockResponse routeFailure(IncomingRequest request) {
    Set<String> methods = spec.methodsFor(request.rawPath());
    if (methods.isEmpty()) {
      return ErrorBodies.problem(ApiProblem.notFound(null, "No operation at " + request.rawPath()));
    }
    return ErrorBodies.methodNotAllowed(request.method(), request.rawPath(), String.join(", ", methods));
  }
}
