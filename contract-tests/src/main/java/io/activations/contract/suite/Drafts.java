package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.SpecOperation;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the valid request of each operation from the spec: path parameters from the fixtures and
 * from created resources, the body from the spec's example with the target's ids bound in (or a
 * minimal valid body when the spec has no example).
 */
final class Drafts {

  /** Supplies the value of one path parameter. */
  interface Resolver {
    String value(SpecOperation operation, SpecDocument.Parameter parameter);
  }

  private final SpecDocument document;
  private final FixtureBindings bindings;

  Drafts(SpecDocument document, FixtureBindings bindings) {
    this.document = document;
    this.bindings = bindings;
  }

  SpecDocument document() {
    return document;
  }

  FixtureBindings bindings() {
    return bindings;
  }

  RequestDraft positive(SpecOperation operation, Resolver resolver) {
    Map<String, String> path = new LinkedHashMap<>();
    for (SpecDocument.Parameter parameter : document.parameters(operation, "path")) {
      path.put(parameter.name(), resolver.value(operation, parameter));
    }
    RequestDraft draft = RequestDraft.of(operation, path, accept(operation));
    Optional<SpecDocument.RequestBody> body = document.requestBody(operation);
    if (body.isPresent()) {
      draft = draft.withBody(body.get().mediaType(), new byte[0]).withJson(validBody(operation).orElseThrow());
    }
    return draft;
  }

  /** The example body with the target's ids bound in, or a synthesized minimal one. */
  Optional<JsonNode> validBody(SpecOperation operation) {
    return document.requestBody(operation).map(body -> bindings.bindBody(
        body.example().orElseGet(() -> ExampleSynthesizer.minimal(document, body.schema()))));
  }

  /** Values for planning, before anything exists: fixture ids, else the parameter's example, else a placeholder. */
  Resolver placeholders() {
    return (operation, parameter) -> bindings.pathValue(parameter.name())
        .or(() -> parameter.example().map(JsonNode::asText))
        .orElse("placeholder");
  }

  /** Every media type the operation's responses declare, the Accept header of its requests. */
  String accept(SpecOperation operation) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode responses = document.operationNode(operation).path("responses");
    for (Iterator<JsonNode> it = responses.elements(); it.hasNext(); ) {
      document.resolve(it.next()).path("content").fieldNames().forEachRemaining(types::add);
    }
    return types.isEmpty() ? null : String.join(", ", types);
  }
}
