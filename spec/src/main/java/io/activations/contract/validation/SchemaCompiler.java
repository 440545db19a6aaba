package io.activations.contract.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.spec.Spec;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles schemas of the spec with networknt in the OpenAPI 3.0 dialect ({@code nullable}, no
 * {@code $schema}), once each. The whole document is registered under one IRI and every schema is
 * compiled at its own pointer in it, so {@code #/components/schemas/X} refs resolve against the
 * document, wherever the schema sits (inline in a path or a component).
 */
final class SchemaCompiler {

  /** Never fetched: the registry maps it to the document text given below. */
  private static final String DOCUMENT_IRI = "https://activations.invalid/openapi.json";

  private final Spec spec;
  private final SchemaRegistry registry;
  private final Map<String, Schema> cache = new ConcurrentHashMap<>();

  SchemaCompiler(Spec spec) {
    this.spec = spec;
    String json;
    try {
      json = new ObjectMapper().writeValueAsString(spec.document());
    } catch (JsonProcessingException e) {
      // a tree read from YAML always serialises
      throw new UncheckedIOException(e);
    }
    this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
        builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)));
  }

  /**
   * The compiled schema at a pointer of the document. A schema that is only a local {@code $ref} is
   * compiled at its target, so every use of a component shares one compiled schema.
   */
  Schema compile(Located schema) {
    String ref = SpecTree.localRef(schema.node());
    String pointer = schema.pointer();
    if (ref != null && schema.node().size() == 1) {
      Located target = SpecTree.resolveRef(spec.document(), ref);
      if (target.exists()) {
        pointer = target.pointer();
      }
    }
    return cache.computeIfAbsent(pointer, this::load);
  }

  private Schema load(String pointer) {
    Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + pointer));
    // build every keyword validator now: lazy initialisation on first use would race between threads
    schema.initializeValidators();
    return schema;
  }
}
