package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Report;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.check.Tally;
import io.activations.contract.suite.internal.http.HttpTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One case while it runs: sends its requests (paced by the rate-limit headers), checks every
 * response, and collects exchanges and findings. A case ends early by throwing what
 * {@link #aborted} or {@link #skipped} return.
 */
final class CaseRun {

  /** The case cannot go on; its findings say why. */
  static final class Aborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Aborted(String message) {
      super(message, null, false, false);
    }
  }

  /** The case does not apply to this run (options, fixtures). */
  static final class Skipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skipped(String reason) {
      super(reason, null, false, false);
    }
  }

  /** Retries after a 429 the case did not ask for, before the 429 counts as the answer. */
  private static final int PACING_RETRIES = 3;

  private final SuiteSession session;
  private final Tally tally = new Tally();
  private final List<Exchange> exchanges = new ArrayList<>();

  CaseRun(SuiteSession session) {
    this.session = session;
  }

  SuiteSession session() {
    return session;
  }

  /** Sends a request, waiting first if its rate-limit budget is used up, and checks the answer. */
  Exchange send(RequestDraft draft, Expect expect) {
    return exchange(draft, expect, true);
  }

  /** Sends without pacing, and takes a 429 as the answer: for bursts. */
  Exchange sendUnpaced(RequestDraft draft, Expect expect) {
    return exchange(draft, expect, false);
  }

  /** Sends a request the case builds on; any other answer than the expected one ends the case. */
  Exchange require(RequestDraft draft, Expect expect, String purpose) {
    Exchange exchange = send(draft, expect);
    if (!expect.allows(exchange.status())) {
      throw aborted(FindingKey.CASE_PREREQUISITE_FAILED, "could not " + purpose + ": " + draft.operation().operationId()
          + " answered " + exchange.status() + " instead of " + expect.describe());
    }
    return exchange;
  }

  /** The valid request of an operation, with the shared resources it names created on demand. */
  RequestDraft positive(SpecOperation operation) {
    return positive(operation, Map.of());
  }

  /** The valid request with some path parameters given; only the others are resolved (and provisioned). */
  RequestDraft positive(SpecOperation operation, Map<String, String> given) {
    return session.drafts().positive(operation, (op, parameter) -> Optional.ofNullable(given.get(parameter.name()))
        .or(() -> session.bindings().pathValue(parameter.name()))
        .or(() -> session.catalog().kindOf(op, parameter.name()).map(kind -> session.provisioner().shared(kind, this).id()))
        .or(() -> parameter.example().map(JsonNode::asText))
        .orElse("placeholder"));
  }

  /** Like {@link #positive} but the resource the operation acts on is a new one (for deletes). */
  RequestDraft positiveOnFresh(SpecOperation operation) {
    String item = ResourceCatalog.itemParameter(operation);
    Optional<ResourceCatalog.Kind> kind = session.catalog().kindOf(operation, item);
    return positive(operation, kind.map(k -> Map.of(item, session.provisioner().fresh(k, this).id())).orElse(Map.of()));
  }

  boolean expect(boolean holds, FindingKey key, String location, String message) {
    return tally.expect(holds, key, location, message);
  }

  boolean expectMember(boolean holds, FindingKey family, String suffix, String location, String message) {
    return tally.expectMember(holds, family, suffix, location, message);
  }

  void add(FindingKey key, String location, String message) {
    tally.add(key, location, message);
  }

  Aborted aborted(FindingKey key, String message) {
    tally.add(key, "", message);
    return new Aborted(message);
  }

  Skipped skipped(String reason) {
    return new Skipped(reason);
  }

  Optional<JsonNode> json(Exchange exchange) {
    return Json.parse(exchange.response().body());
  }

  Tally tally() {
    return tally;
  }

  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  private Exchange exchange(RequestDraft draft, Expect expect, boolean paced) {
    SpecOperation operation = draft.operation();
    if (paced && expect.expectsSuccess()) {
      checkOwnRequest(draft);
    }
    for (int attempt = 0; ; attempt++) {
      if (paced) {
        session.pacer().beforeSend(draft.credential(), operation);
      }
      Exchange exchange = sendAndRecord(draft);
      ApiResponse response = exchange.response();
      if (paced && response.status() == 429 && !expect.allows(429)) {
        session.pacer().afterTooManyRequests(response);  // the server's limit, not a failure: wait, then resend if that is safe
        if (!HttpTransport.isIdempotent(draft.operation().method())) {
          throw skipped("the server answered 429 to " + operation.method() + " " + operation.operationId()
              + ", which is never sent twice (it is not idempotent)");
        }
        if (attempt < PACING_RETRIES) {
          continue;
        }
      }
      judge(exchange, expect);
      return exchange;
    }
  }

  /**
   * Sends the request, judges the answer as the server sent it, keeps it (masked) and records what
   * it created or deleted. A creating request is announced to the provisioner first, so a run that
   * is stopping (SIGTERM) starts none and waits for those in flight before its last cleanup.
   */
  private Exchange sendAndRecord(RequestDraft draft) {
    SpecOperation operation = draft.operation();
    Optional<ResourceCatalog.Kind> creates = session.catalog().createdBy(operation);
    if (creates.isPresent() && !session.provisioner().creationSending()) {
      throw skipped("the run is stopping: nothing new is created");
    }
    try {
      long started = System.nanoTime();
      ApiResponse response = session.transport().send(draft.toRequest(session.target().token()));
      Exchange judged = new Exchange(operation, draft.toMaskedRequest(), response, session.target().now(),
          Duration.ofNanos(System.nanoTime() - started));
      session.pacer().afterReceive(draft.credential(), operation, response);
      // the answer is judged as the server sent it; only then is a token it echoed masked, before it is kept anywhere
      tally.addAll(session.checks().check(judged, session.target().clockTolerance()));
      session.ledger().check(judged, draft.credential().name(), tally);
      Exchange exchange = new Exchange(operation, judged.request(), session.mask(response), judged.receivedAt(), judged.elapsed());
      exchanges.add(exchange);
      if ("DELETE".equals(operation.method()) && response.status() / 100 == 2) {
        session.provisioner().forget(draft.pathParameters().values());
      }
      if (response.status() / 100 == 2) {
        creates.ifPresent(kind -> Json.parse(response.body()).ifPresent(body ->
            session.provisioner().adopt(kind, draft.pathParameters(), body, session.document())));
      }
      return exchange;
    } finally {
      if (creates.isPresent()) {
        session.provisioner().creationSettled();
      }
    }
  }

  private void judge(Exchange exchange, Expect expect) {
    int status = exchange.status();
    String operationId = exchange.operation().operationId();
    boolean allowed = tally.expect(expect.allows(status), expect.unexpectedStatusKey(), "status",
        operationId + " should answer " + expect.describe() + " (" + expect.reason() + "), answered " + status);
    if (!allowed && status / 100 == 2 && expect.acceptedKey() != null) {
      tally.expect(false, expect.acceptedKey(), "status", operationId + " accepted " + expect.reason() + " with " + status);
    }
  }

  /** The suite's own valid requests must be valid; otherwise the fixtures or the spec's examples are wrong. */
  private void checkOwnRequest(RequestDraft draft) {
    ApiRequest request = draft.toMaskedRequest();
    session.spec().match(request.method(), request.path()).ifPresent(match -> {
      Report report = session.validator().validateRequest(match, request);
      tally.expect(!report.hasErrors(), FindingKey.CASE_REQUEST_INVALID, "request",
          "the suite's own request breaks the spec (check the fixtures and the spec's examples): "
              + report.errors().stream().map(f -> f.key() + " at " + f.location()).collect(Collectors.joining(", ")));
    });
  }
}
