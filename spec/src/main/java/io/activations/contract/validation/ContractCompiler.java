package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one operation of the raw document (following {@code $ref}s to parameters, request bodies,
 * responses and headers) into its {@link Contracts.Operation}, compiling every schema on the way.
 */
final class ContractCompiler {

  private final JsonNode document;
  private final SchemaCompiler schemas;

  ContractCompiler(Spec spec, SchemaCompiler schemas) {
    this.document = spec.document();
    this.schemas = schemas;
  }

  Contracts.Operation compile(SpecOperation operation) {
    Located pathItem = SpecTree.root(document).child("paths").child(operation.pathTemplate());
    Located node = pathItem.child(operation.method().toLowerCase(Locale.ROOT));
    return new Contracts.Operation(
        parameters(pathItem, node),
        node.node().path("requestBody").isObject() && follow(node.child("requestBody")).node().path("required").asBoolean(false),
        node.node().path("requestBody").isObject() ? content(follow(node.child("requestBody"))) : List.of(),
        responses(node.child("responses")));
  }

  /** Path-item parameters, overridden by the operation's own of the same name and location. */
  private Map<String, List<Contracts.TextValue>> parameters(Located pathItem, Located operation) {
    Map<String, Located> byKey = new LinkedHashMap<>();
    for (Located list : List.of(pathItem.child("parameters"), operation.child("parameters"))) {
      for (int i = 0; i < list.node().size(); i++) {
        Located parameter = follow(list.child(i));
        byKey.put(parameter.node().path("in").asText() + ":" + parameter.node().path("name").asText(), parameter);
      }
    }
    Map<String, List<Contracts.TextValue>> byLocation = new LinkedHashMap<>();
    for (Located parameter : byKey.values()) {
      String in = parameter.node().path("in").asText();
      boolean required = "path".equals(in) || parameter.node().path("required").asBoolean(false);
      byLocation.computeIfAbsent(in, k -> new ArrayList<>())
          .add(textValue(parameter.node().path("name").asText(), required, parameter.child("schema")));
    }
    byLocation.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(byLocation);
  }

  private Map<String, Contracts.Response> responses(Located responses) {
    Map<String, Contracts.Response> byStatus = new LinkedHashMap<>();
    for (Iterator<String> it = responses.node().fieldNames(); it.hasNext(); ) {
      String status = it.next();
      Located response = follow(responses.child(status));
      List<Contracts.TextValue> headers = new ArrayList<>();
      Located declared = response.child("headers");
      for (Iterator<String> names = declared.node().fieldNames(); names.hasNext(); ) {
        String name = names.next();
        // OpenAPI: a Content-Type entry among response headers is ignored
        if (!name.equalsIgnoreCase("Content-Type")) {
          Located header = follow(declared.child(name));
          headers.add(textValue(name, header.node().path("required").asBoolean(false), header.child("schema")));
        }
      }
      byStatus.put(status.toUpperCase(Locale.ROOT), new Contracts.Response(status, content(response), List.copyOf(headers)));
    }
    return Collections.unmodifiableMap(byStatus);
  }

  private List<Contracts.Media> content(Located owner) {
    List<Contracts.Media> media = new ArrayList<>();
    Located content = owner.child("content");
    for (Iterator<String> it = content.node().fieldNames(); it.hasNext(); ) {
      String declared = it.next();
      MediaType type = MediaType.parse(declared);
      Located schema = content.child(declared).child("schema");
      boolean checkable = type != null && type.isJson() && schema.exists();
      media.add(new Contracts.Media(declared, type, checkable ? schemas.compile(schema) : null, schema));
    }
    return List.copyOf(media);
  }

  private Contracts.TextValue textValue(String name, boolean required, Located schema) {
    if (!schema.exists()) {
      return new Contracts.TextValue(name, required, null, "string", "string");
    }
    JsonNode resolved = follow(schema).node();
    JsonNode items = resolved.has("items") ? follow(new Located("", resolved.get("items"))).node() : resolved;
    return new Contracts.TextValue(name, required, schemas.compile(schema),
        TextValues.declaredType(resolved), TextValues.declaredType(items));
  }

  private Located follow(Located node) {
    return SpecTree.follow(document, node);
  }
}
