package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the planner needs straight from the document as written (parameters, request bodies,
 * examples, schemas), following local {@code $ref}s. Reading the raw tree keeps the planner
 * independent of how the parser models OpenAPI.
 */
final class SpecDocument {

  /** A parameter of an operation, its schema resolved. */
  record Parameter(String name, String in, boolean required, JsonNode schema, Optional<JsonNode> example) {}

  /** An operation's request body: its first declared media type, schema and example. */
  record RequestBody(String mediaType, List<String> mediaTypes, JsonNode schema, Optional<JsonNode> example, boolean required) {}

  private static final int MAX_REF_DEPTH = 32;

  private final Spec spec;
  private final JsonNode document;

  SpecDocument(Spec spec) {
    this.spec = spec;
    this.document = spec.document();
  }

  Spec spec() {
    return spec;
  }

  JsonNode operationNode(SpecOperation operation) {
    return document.path("paths").path(operation.pathTemplate()).path(operation.method().toLowerCase(Locale.ROOT));
  }

  /** Follows {@code $ref} until a node without one (or a missing node for a dangling reference). */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; current != null && current.has("$ref") && depth < MAX_REF_DEPTH; depth++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        return MissingNode.getInstance();
      }
      current = document.at(ref.substring(1).replace("~1", "/").replace("~0", "~"));
    }
    return current == null ? MissingNode.getInstance() : current;
  }

  /** Path-item parameters overridden by the operation's own, in declaration order. */
  List<Parameter> parameters(SpecOperation operation) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    JsonNode pathItem = document.path("paths").path(operation.pathTemplate());
    for (JsonNode raw : List.of(pathItem.path("parameters"), operationNode(operation).path("parameters"))) {
      for (JsonNode entry : raw) {
        JsonNode parameter = resolve(entry);
        String name = parameter.path("name").asText();
        String in = parameter.path("in").asText();
        JsonNode schema = resolve(parameter.path("schema"));
        JsonNode example = parameter.has("example") ? parameter.get("example") : schema.get("example");
        byKey.put(in + ":" + name, new Parameter(name, in, parameter.path("required").asBoolean(false) || "path".equals(in),
            schema, Optional.ofNullable(example)));
      }
    }
    return List.copyOf(byKey.values());
  }

  List<Parameter> parameters(SpecOperation operation, String in) {
    return parameters(operation).stream().filter(p -> p.in().equals(in)).toList();
  }

  Optional<RequestBody> requestBody(SpecOperation operation) {
    JsonNode body = resolve(operationNode(operation).path("requestBody"));
    JsonNode content = body.path("content");
    if (!content.isObject() || content.isEmpty()) {
      return Optional.empty();
    }
    List<String> mediaTypes = new ArrayList<>();
    content.fieldNames().forEachRemaining(mediaTypes::add);
    String mediaType = mediaTypes.get(0);
    JsonNode media = content.get(mediaType);
    JsonNode schema = resolve(media.path("schema"));
    return Optional.of(new RequestBody(mediaType, List.copyOf(mediaTypes), schema, example(media, schema),
        body.path("required").asBoolean(false)));
  }

  /** The media type's {@code example}, else its first {@code examples} value, else the schema's example. */
  private Optional<JsonNode> example(JsonNode media, JsonNode schema) {
    if (media.has("example")) {
      return Optional.of(media.get("example"));
    }
    Iterator<JsonNode> examples = media.path("examples").elements();
    if (examples.hasNext()) {
      JsonNode value = resolve(examples.next()).get("value");
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.ofNullable(schema.get("example"));
  }

  /** The JSON types a schema allows ({@code type} plus null when {@code nullable}); empty when untyped. */
  static List<String> types(JsonNode schema) {
    List<String> types = new ArrayList<>();
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (schema.has("properties")) {
      types.add("object");
    }
    return types;
  }
}
