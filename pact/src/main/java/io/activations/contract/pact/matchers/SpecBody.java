package io.activations.contract.pact.matchers;

import au.com.dius.pact.consumer.dsl.DslPart;
import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A body the spec declares, ready to become a Pact {@link DslPart}. Immutable: {@link #only} and
 * {@link #requiredOnly} return narrowed copies.
 */
public final class SpecBody {

  private final JsonNode document;
  private final Located schema;
  private final JsonNode example;
  private final List<String> selection;
  private final boolean requiredOnly;
  private final Map<String, String> fromProviderState;

  SpecBody(JsonNode document, Located schema, JsonNode example) {
    this(document, schema, example, null, false, Map.of());
  }

  private SpecBody(JsonNode document, Located schema, JsonNode example, List<String> selection, boolean requiredOnly,
      Map<String, String> fromProviderState) {
    this.document = document;
    this.schema = schema;
    this.example = example;
    this.selection = selection;
    this.requiredOnly = requiredOnly;
    this.fromProviderState = fromProviderState;
  }

  /**
   * Keeps only these fields (dotted paths such as {@code data.activation.id}; an array's items are
   * addressed through the array's name, {@code data.activations.id}) and the objects around them.
   * Naming an object keeps all of it. A consumer should expect only what it reads.
   *
   * @throws IllegalArgumentException when a path names no field the spec declares
   */
  public SpecBody only(String... paths) {
    List<String> chosen = List.of(paths);
    for (String path : chosen) {
      if (!BodyBuilder.declares(document, schema, path)) {
        throw new IllegalArgumentException("the spec declares no field " + path + " in this body");
      }
    }
    return new SpecBody(document, schema, example, chosen, requiredOnly, fromProviderState);
  }

  /** Keeps only the fields the spec requires, which every conforming provider sends. */
  public SpecBody requiredOnly() {
    return new SpecBody(document, schema, example, selection, true, fromProviderState);
  }

  /**
   * Lets the provider fill a scalar field from its provider state ({@code "${destinationId}"}),
   * as Pact's {@code valueFromProviderState} does: the id a request sends is the provider's, the
   * pact keeps the spec's example.
   */
  public SpecBody fromProviderState(String path, String expression) {
    if (!BodyBuilder.declares(document, schema, path)) {
      throw new IllegalArgumentException("the spec declares no field " + path + " in this body");
    }
    Map<String, String> expressions = new LinkedHashMap<>(fromProviderState);
    expressions.put(path, expression);
    return new SpecBody(document, schema, example, selection, requiredOnly, Map.copyOf(expressions));
  }

  /** The Pact body: a type matcher (or a regex) for every field kept. */
  public DslPart build() {
    return new BodyBuilder(document, selection, requiredOnly, fromProviderState).object(schema, example, "");
  }
}
