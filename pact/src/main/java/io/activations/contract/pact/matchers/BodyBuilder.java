package io.activations.contract.pact.matchers;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Walks a schema and its example together and writes one matcher per field into a Pact body. */
final class BodyBuilder {

  private final JsonNode document;
  private final List<String> selection;
  private final boolean requiredOnly;
  private final Map<String, String> fromProviderState;

  BodyBuilder(JsonNode document, List<String> selection, boolean requiredOnly, Map<String, String> fromProviderState) {
    this.document = document;
    this.selection = selection;
    this.requiredOnly = requiredOnly;
    this.fromProviderState = fromProviderState;
  }

  PactDslJsonBody object(Located schema, JsonNode example, String path) {
    PactDslJsonBody body = new PactDslJsonBody();
    fill(body, SpecTree.follow(document, schema), example, path);
    return body;
  }

  private void fill(PactDslJsonBody body, Located schema, JsonNode example, String path) {
    Located allOf = schema.child("allOf");
    if (allOf.exists()) {
      for (int i = 0; i < allOf.node().size(); i++) {
        fill(body, SpecTree.follow(document, allOf.child(i)), example, path);
      }
    }
    Located properties = schema.child("properties");
    if (!properties.exists()) {
      return;
    }
    Set<String> required = new HashSet<>();
    schema.node().path("required").forEach(name -> required.add(name.asText()));
    for (Iterator<String> names = properties.node().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String childPath = path.isEmpty() ? name : path + "." + name;
      if (!selected(childPath) || (requiredOnly && !required.contains(name))) {
        continue;
      }
      JsonNode childExample = example == null ? null : example.get(name);
      property(body, name, SpecTree.follow(document, properties.child(name)), childExample, childPath);
    }
  }

  private void property(PactDslJsonBody body, String name, Located schema, JsonNode example, String path) {
    JsonNode node = schema.node();
    if (example != null && example.isNull() && node.path("nullable").asBoolean(false)) {
      body.nullValue(name);
      return;
    }
    if (declaresAnyValue(node) && (example == null || example.isObject())) {
      // a field of any type (connectionSettings): in practice an object of the provider's own keys
      body.object(name, new PactDslJsonBody());
      return;
    }
    switch (ValueMatchers.type(node)) {
      case "object" -> body.object(name, isMap(schema) ? new PactDslJsonBody() : object(schema, example, path));
      case "array" -> {
        Located items = SpecTree.follow(document, schema.child("items"));
        JsonNode first = example != null && example.isArray() && !example.isEmpty() ? example.get(0) : null;
        if ("object".equals(ValueMatchers.type(items.node()))) {
          body.eachLike(name, isMap(items) ? new PactDslJsonBody() : object(items, first, path));
        } else {
          body.eachLike(name, ValueMatchers.rootValue(items.node(), first), 1);
        }
      }
      default -> {
        String expression = fromProviderState.get(path);
        if (expression == null) {
          ValueMatchers.field(body, name, node, example);
        } else {
          body.valueFromProviderState(name, expression, ValueMatchers.exampleText(node, example));
        }
      }
    }
  }

  /** A schema that says nothing of its value's type or shape: any JSON value is allowed. */
  private static boolean declaresAnyValue(JsonNode schema) {
    return !schema.has("type") && !schema.has("properties") && !schema.has("allOf") && !schema.has("additionalProperties")
        && !schema.has("items") && !schema.has("enum") && !schema.has("$ref");
  }

  /** A free-form map (no declared properties): its keys are the provider's data, not the contract. */
  private static boolean isMap(Located schema) {
    return !schema.child("properties").exists() && !schema.child("allOf").exists();
  }

  private boolean selected(String path) {
    if (selection == null) {
      return true;
    }
    for (String chosen : selection) {
      if (chosen.equals(path) || chosen.startsWith(path + ".") || path.startsWith(chosen + ".")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a dotted path names a declared field of the schema. */
  static boolean declares(JsonNode document, Located schema, String path) {
    Located current = SpecTree.follow(document, schema);
    for (String segment : path.split("\\.")) {
      if ("array".equals(ValueMatchers.type(current.node()))) {
        current = SpecTree.follow(document, current.child("items"));
      }
      Located next = property(document, current, segment);
      if (next == null) {
        return false;
      }
      current = next;
    }
    return true;
  }

  private static Located property(JsonNode document, Located schema, String name) {
    Located direct = schema.child("properties").child(name);
    if (direct.exists()) {
      return SpecTree.follow(document, direct);
    }
    Located allOf = schema.child("allOf");
    for (int i = 0; allOf.exists() && i < allOf.node().size(); i++) {
      Located found = property(document, SpecTree.follow(document, allOf.child(i)), name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
