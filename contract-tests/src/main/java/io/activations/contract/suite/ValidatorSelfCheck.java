package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.check.SpecValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Checks the validator before trusting it: every example in the spec must pass, and every copy
 * broken one fault at a time (a required field dropped, a wrong type, a value outside an enum or a
 * bound, an unknown field in a closed object, a required header removed, the content type or
 * status changed) must be rejected. A validator that silently stopped checking something fails
 * the run with {@code selfcheck.validator.<keyword>}, instead of letting every later case pass.
 */
final class ValidatorSelfCheck {

  static final String GROUP = "selfcheck";
  /** A status no operation of this API declares. */
  private static final int UNDECLARED_STATUS = 418;

  private ValidatorSelfCheck() {}

  static List<ContractCase> plan(Planning planning) {
    List<ContractCase> cases = new ArrayList<>();
    Set<String> seenResponses = new HashSet<>();
    for (SpecOperation operation : planning.spec().operations()) {
      planning.document().requestBody(operation).filter(body -> body.example().isPresent()).ifPresent(body ->
          cases.add(new ContractCase(GROUP, "the request example of " + operation.operationId() + " passes, its broken copies fail",
              Set.of(), run -> request(run, planning, operation, body))));
      JsonNode responses = planning.document().operationNode(operation).path("responses");
      for (Map.Entry<String, JsonNode> entry : responses.properties()) {
        String identity = entry.getValue().has("$ref") ? entry.getValue().get("$ref").asText() : operation.operationId() + " " + entry.getKey();
        if (!entry.getKey().matches("\\d{3}") || !seenResponses.add(identity)) {
          continue;  // a shared response is checked once, with the first operation that uses it
        }
        int status = Integer.parseInt(entry.getKey());
        example(planning, planning.document().resolve(entry.getValue()), status).ifPresent(example ->
            cases.add(new ContractCase(GROUP, "the " + status + " example of " + operation.operationId()
                + (entry.getValue().has("$ref") ? " (" + identity.substring(identity.lastIndexOf('/') + 1) + ")" : "")
                + " passes, its broken copies fail", Set.of(), run -> response(run, planning, operation, example, status))));
      }
    }
    return cases;
  }

  private record ResponseExample(ApiResponse response, JsonNode schema, JsonNode body, List<String> requiredHeaders) {}

  private static void request(CaseRun run, Planning planning, SpecOperation operation, SpecDocument.RequestBody body) {
    RequestDraft draft = planning.drafts().positive(operation, planning.drafts().placeholders())
        .withBody(body.mediaType(), Json.bytes(body.example().get()));
    ApiRequest valid = draft.toMaskedRequest();
    PathMatch match = planning.spec().match(valid.method(), valid.path()).orElseThrow();
    SpecValidator validator = run.session().validator();
    Tallied tallied = new Tallied(run);
    tallied.original(validator.validateRequest(match, valid));
    for (Mutation mutation : BodyMutations.of(planning.document(), body.schema(), body.example().get())) {
      tallied.mutant(mutation.keyword(), mutation.location(), mutation.description(),
          () -> validator.validateRequest(match, draft.withJson(mutation.value()).toMaskedRequest()));
    }
    tallied.mutant("contentType", "", "Content-Type text/plain", () -> validator.validateRequest(match, draft.withBody("text/plain", draft.body()).toMaskedRequest()));
    if (body.required()) {
      tallied.mutant("body", "", "the required body left out", () -> validator.validateRequest(match, draft.withoutBody().toMaskedRequest()));
    }
    tallied.coverage();
  }

  private static void response(CaseRun run, Planning planning, SpecOperation operation, ResponseExample example, int status) {
    SpecValidator validator = run.session().validator();
    ApiResponse valid = example.response();
    Tallied tallied = new Tallied(run);
    tallied.original(validator.validateResponse(operation, valid));
    String contentType = valid.contentType().orElse("application/json");
    for (Mutation mutation : BodyMutations.of(planning.document(), example.schema(), example.body())) {
      tallied.mutant(mutation.keyword(), mutation.location(), mutation.description(),
          () -> validator.validateResponse(operation, valid.withBody(contentType, Json.bytes(mutation.value()))));
    }
    for (String header : example.requiredHeaders()) {
      tallied.mutant("header", header, "header " + header + " removed", () -> validator.validateResponse(operation, withoutHeader(valid, header)));
    }
    tallied.mutant("contentType", "", "Content-Type text/plain", () -> validator.validateResponse(operation, valid.withBody("text/plain", valid.body())));
    if (!operation.declaredStatuses().contains(UNDECLARED_STATUS)) {
      tallied.mutant("status", "", "status " + UNDECLARED_STATUS + " instead of " + status,
          () -> validator.validateResponse(operation, new ApiResponse(UNDECLARED_STATUS, valid.headers(), valid.body())));
    }
    tallied.coverage();
  }

  /** The declared response's example with every required header at its example value. */
  private static Optional<ResponseExample> example(Planning planning, JsonNode response, int status) {
    Iterator<Map.Entry<String, JsonNode>> content = response.path("content").properties().iterator();
    if (!content.hasNext()) {
      return Optional.empty();
    }
    Map.Entry<String, JsonNode> media = content.next();
    JsonNode schema = planning.document().resolve(media.getValue().path("schema"));
    JsonNode body = media.getValue().has("example") ? media.getValue().get("example") : schema.get("example");
    if (body == null) {
      return Optional.empty();
    }
    ApiResponse built = ApiResponse.status(status).withBody(media.getKey(), Json.bytes(body));
    List<String> required = new ArrayList<>();
    for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
      JsonNode definition = planning.document().resolve(header.getValue());
      JsonNode value = definition.has("example") ? definition.get("example") : planning.document().resolve(definition.path("schema")).get("example");
      if (definition.path("required").asBoolean(false) && value != null) {
        built = built.withHeader(header.getKey(), value.asText());
        required.add(header.getKey());
      }
    }
    return Optional.of(new ResponseExample(built, schema, body, required));
  }

  private static ApiResponse withoutHeader(ApiResponse response, String name) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(response.headers());
    headers.remove(name);
    return new ApiResponse(response.status(), headers, response.body());
  }

  /** Counts what the validator was shown and reports every mutant it let through. */
  private static final class Tallied {
    private final CaseRun run;
    private final Map<String, int[]> perKeyword = new TreeMap<>();

    Tallied(CaseRun run) {
      this.run = run;
    }

    void original(Report report) {
      run.expect(!report.hasErrors(), FindingKey.SELFCHECK_EXAMPLE_INVALID, "example",
          "the spec's own example is rejected: " + report.errors().stream().map(f -> f.key() + " at " + f.location()).toList());
    }

    /** The mutant counts as rejected only when an error names what it broke ({@link MutantVerdict}). */
    void mutant(String keyword, String location, String description, Supplier<Report> validation) {
      Report report = validation.get();
      boolean rejected = MutantVerdict.rejectedFor(report, keyword, location);
      perKeyword.computeIfAbsent(keyword, k -> new int[2])[rejected ? 0 : 1]++;
      run.expectMember(rejected, FindingKey.SELFCHECK_VALIDATOR, keyword, description, report.hasErrors()
          ? "the validator rejected a broken copy of the example (" + description + ") for another reason: "
              + report.errors().stream().map(f -> f.key() + " at " + f.location()).toList() + "; it no longer names " + keyword
          : "the validator accepted a broken copy of the example (" + description + "): it no longer checks " + keyword);
    }

    void coverage() {
      StringBuilder text = new StringBuilder();
      perKeyword.forEach((keyword, counts) -> text.append(text.length() == 0 ? "" : ", ").append(keyword).append(' ')
          .append(counts[0]).append('/').append(counts[0] + counts[1]));
      run.add(FindingKey.SELFCHECK_COVERAGE, "", "mutants rejected per keyword: " + text);
    }
  }
}
