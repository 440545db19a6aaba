package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every media type, parameter, header and schema of the document, each where it is written (a
 * {@code $ref} is not a definition; its target is). Rules that judge definitions rather than
 * operations use this, so a shared component is judged once.
 */
final class Definitions {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  final List<Located> requestBodies = new ArrayList<>();
  final List<Located> responses = new ArrayList<>();
  final List<Located> mediaTypes = new ArrayList<>();
  final List<Located> parameters = new ArrayList<>();
  final List<Located> headers = new ArrayList<>();
  private final LintContext context;

  Definitions(LintContext context) {
    this.context = context;
    Located root = context.root();
    Located paths = root.child("paths");
    for (Iterator<String> it = paths.node().fieldNames(); it.hasNext(); ) {
      Located pathItem = paths.child(it.next());
      addEach(pathItem.child("parameters"), parameters);
      for (String method : METHODS) {
        Located operation = pathItem.child(method);
        if (operation.exists()) {
          addEach(operation.child("parameters"), parameters);
          addIfDefined(operation.child("requestBody"), requestBodies);
          forEachField(operation.child("responses"), response -> addIfDefined(response, responses));
        }
      }
    }
    Located components = root.child("components");
    forEachField(components.child("parameters"), p -> addIfDefined(p, parameters));
    forEachField(components.child("requestBodies"), b -> addIfDefined(b, requestBodies));
    forEachField(components.child("responses"), r -> addIfDefined(r, responses));
    forEachField(components.child("headers"), h -> addIfDefined(h, headers));
    for (Located owner : concat(requestBodies, responses)) {
      forEachField(owner.child("content"), mediaTypes::add);
    }
    for (Located response : responses) {
      forEachField(response.child("headers"), h -> addIfDefined(h, headers));
    }
  }

  /** Every schema definition: components and inline ones, nested ones included, each once. */
  void forEachSchema(Consumer<Located> visitor) {
    SchemaWalker walker = new SchemaWalker(context, false, new HashSet<>());
    forEachField(context.root().child("components").child("schemas"), schema -> walker.walk(schema, visitor));
    for (Located owner : concat(mediaTypes, concat(parameters, headers))) {
      walker.walk(owner.child("schema"), visitor);
    }
  }

  static void forEachField(Located object, Consumer<Located> action) {
    for (Iterator<String> it = object.node().fieldNames(); it.hasNext(); ) {
      action.accept(object.child(it.next()));
    }
  }

  private static void addEach(Located array, List<Located> into) {
    for (int i = 0; i < array.node().size(); i++) {
      addIfDefined(array.child(i), into);
    }
  }

  private static void addIfDefined(Located node, List<Located> into) {
    if (node.node().isObject() && SpecTree.localRef(node.node()) == null) {
      into.add(node);
    }
  }

  private static List<Located> concat(List<Located> a, List<Located> b) {
    List<Located> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
