package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.ContractCase.Need;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cases every operation gets from its declaration alone: the valid request, refused
 * credentials, unsupported or missing content, broken bodies and parameters, and unknown
 * resources. Each expects the declared status whose meaning fits; a case whose status the
 * operation does not declare is not planned.
 */
final class OperationCases {

  /** 1 MiB, the documented body limit. */
  static final int BODY_LIMIT = 1024 * 1024;

  private final Planning planning;
  private final SpecOperation operation;
  private final Set<Integer> declared;
  private final RequestDraft template;
  private final List<ContractCase> cases = new ArrayList<>();

  private OperationCases(Planning planning, SpecOperation operation) {
    this.planning = planning;
    this.operation = operation;
    this.declared = operation.declaredStatuses();
    this.template = planning.drafts().positive(operation, planning.drafts().placeholders());
  }

  static List<ContractCase> plan(Planning planning, SpecOperation operation) {
    OperationCases plan = new OperationCases(planning, operation);
    plan.positive();
    plan.credentials();
    plan.content();
    plan.body();
    plan.parameters();
    plan.notFound();
    return List.copyOf(plan.cases);
  }

  private void positive() {
    boolean deletes = "DELETE".equals(operation.method());
    add("valid: the spec's example request -> 200", run -> {
      RequestDraft draft = deletes ? run.positiveOnFresh(operation) : run.positive(operation);
      run.send(draft, Expect.ok());
    });
    for (SpecDocument.Parameter parameter : planning.document().parameters(operation, "query")) {
      if (parameter.example().isEmpty() || Pagination.isCursor(parameter.name())) {
        continue;  // a cursor is only valid when the server issued it: the pagination walk covers it
      }
      String value = parameter.example().get().asText();
      add("valid: query " + parameter.name() + "=" + value + " (the spec's example) -> 200",
          run -> run.send(run.positive(operation).withQuery(parameter.name(), value), Expect.ok()));
    }
  }

  private void credentials() {
    if (!declared.contains(401)) {
      return;
    }
    for (Credential credential : List.of(Credential.NONE, Credential.UNKNOWN_TOKEN, Credential.NOT_BEARER)) {
      add("auth: " + credential.description() + " -> 401", run -> run.send(run.positive(operation).withCredential(credential),
          Expect.refused(401, FindingKey.AUTH_NOT_ENFORCED, credential.description())));
    }
  }

  private void content() {
    if (!operation.hasRequestBody()) {
      return;
    }
    if (declared.contains(415)) {
      add("media: a text/plain body -> 415", run -> {
        RequestDraft valid = run.positive(operation);
        run.send(valid.withBody("text/plain", valid.body()), Expect.status(415, "a text/plain body"));
      });
      add("media: a body without Content-Type -> 415", run -> {
        RequestDraft valid = run.positive(operation);
        run.send(valid.withBody(null, valid.body()), Expect.status(415, "a body without Content-Type"));
      });
    }
    if (declared.contains(400)) {
      add("media: a body that is not JSON -> 400", run -> run.send(
          run.positive(operation).withBody(template.contentType(), "{\"truncated\": "), Expect.status(400, "a body that is not JSON")));
    }
    if (declared.contains(413)) {
      add("media: a body over 1 MiB -> 413", run -> run.send(
          run.positive(operation).withBody(template.contentType(), oversized()), Expect.status(413, "a body over 1 MiB")));
    }
    if (operation.isRequestBodyRequired() && declared.contains(422)) {
      add("body: the required body left out -> 422", run -> run.send(
          run.positive(operation).withBody(template.contentType(), new byte[0]), Expect.house(422, "no body")));
    }
  }

  private void body() {
    if (!operation.hasRequestBody() || !declared.contains(422)) {
      return;
    }
    SpecDocument.RequestBody body = planning.document().requestBody(operation).orElseThrow();
    int unplanned = 0;
    for (Mutation mutation : BodyMutations.of(planning.document(), body.schema(), template.json())) {
      if (!planning.rejects(template.withJson(mutation.value()))) {
        unplanned++;
        continue;
      }
      add("body: " + mutation.description() + " -> 422", run -> {
        Exchange422.check(run, run.send(run.positive(operation).withJson(mutation.value()),
            Expect.of(422, mutation.provenance("body"), "a body that breaks the schema (" + mutation.keyword() + " at " + mutation.location() + ")")),
            mutation);
      });
    }
    if (unplanned > 0) {
      planning.note(operation.operationId() + ": " + unplanned + " body mutant(s) not planned: the validator accepts them");
    }
  }

  private void parameters() {
    if (!declared.contains(422)) {
      return;
    }
    for (SpecDocument.Parameter parameter : planning.document().parameters(operation)) {
      boolean inPath = "path".equals(parameter.in());
      if (!inPath && !"query".equals(parameter.in())) {
        continue;
      }
      for (Mutation mutation : ParameterMutations.of(parameter)) {
        String value = mutation.value().asText();
        RequestDraft broken = inPath ? template.withPathParameter(parameter.name(), value) : template.withQuery(parameter.name(), value);
        if (!planning.rejects(broken)) {
          planning.note(operation.operationId() + ": " + mutation.description() + " not planned: the validator accepts it");
          continue;
        }
        add((inPath ? "path: " : "query: ") + mutation.description() + " -> 422", run -> {
          RequestDraft valid = run.positive(operation);
          RequestDraft draft = inPath ? valid.withPathParameter(parameter.name(), value) : valid.withQuery(parameter.name(), value);
          Exchange422.check(run, run.send(draft, Expect.of(422, mutation.provenance(parameter.in()),
              "a parameter that breaks its schema (" + mutation.keyword() + ")")), mutation);
        });
      }
    }
  }

  private void notFound() {
    if (!declared.contains(404)) {
      return;
    }
    for (SpecDocument.Parameter parameter : planning.document().parameters(operation, "path")) {
      if (parameter.schema().has("enum")) {
        continue;  // a value outside the enum is a 422, covered above
      }
      String missing = FixtureBindings.missingLike(template.pathParameters().get(parameter.name()));
      add("not found: " + parameter.name() + " names nothing -> 404", run -> run.send(
          run.positive(operation).withPathParameter(parameter.name(), missing), Expect.status(404, parameter.name() + " " + missing + " does not exist")));
    }
  }

  private byte[] oversized() {
    String prefix = "{\"contractSuitePadding\":\"";
    String suffix = "\"}";
    int padding = BODY_LIMIT + 1 - prefix.length() - suffix.length();
    return (prefix + "a".repeat(padding) + suffix).getBytes(StandardCharsets.UTF_8);
  }

  private void add(String name, ContractCase.Body body) {
    Set<Need> needs = "GET".equals(operation.method()) ? EnumSet.noneOf(Need.class) : EnumSet.of(Need.WRITES);
    String unique = name;
    for (int i = 2; taken(unique); i++) {
      unique = name + " #" + i;
    }
    cases.add(new ContractCase(operation.operationId(), unique, needs, body));
  }

  private boolean taken(String name) {
    return cases.stream().anyMatch(c -> c.name().equals(name));
  }

  /** The 422 should name what was wrong; a warning when no error mentions the broken field. */
  static final class Exchange422 {
    private Exchange422() {}

    static void check(CaseRun run, io.activations.contract.suite.Exchange exchange, Mutation mutation) {
      if (exchange.status() != 422 || "body".equals(mutation.location())) {
        return;
      }
      String field = mutation.location().replaceAll("\\[\\d+]$", "");
      String name = field.substring(field.lastIndexOf('.') + 1);
      boolean named = run.json(exchange).map(body -> {
        for (JsonNode error : body.path("errors")) {
          if (error.path("field").asText("").contains(name) || error.path("message").asText("").contains(name)) {
            return true;
          }
        }
        return false;
      }).orElse(false);
      run.expect(named, FindingKey.ENVELOPE_FIELD_UNNAMED, mutation.location(), "no error of the 422 names " + mutation.location());
    }
  }
}
