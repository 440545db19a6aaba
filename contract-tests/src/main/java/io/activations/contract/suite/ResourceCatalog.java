package io.activations.contract.suite;

import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which path parameters name resources the suite can create, derived from the paths alone: a
 * parameter that follows the collection segment {@code /activations/{id}} names what a
 * {@code POST .../activations} creates and a {@code DELETE .../activations/{x}} removes. A new
 * resource in the spec is provisioned and cleaned up without new code.
 */
final class ResourceCatalog {

  /**
   * A kind of resource.
   *
   * @param collection the path segment naming the collection ({@code activations})
   * @param creator the operation that creates one
   * @param remover the operation that deletes one, if the spec has it
   */
  record Kind(String collection, SpecOperation creator, Optional<SpecOperation> remover) {}

  private final List<SpecOperation> operations;

  ResourceCatalog(Spec spec) {
    this.operations = spec.operations();
  }

  /** The kind the path parameter {@code name} of {@code operation} identifies, if the suite can create it. */
  Optional<Kind> kindOf(SpecOperation operation, String name) {
    List<String> segments = segments(operation.pathTemplate());
    int index = segments.indexOf("{" + name + "}");
    if (index <= 0 || isParameter(segments.get(index - 1))) {
      return Optional.empty();
    }
    return kind(segments.get(index - 1));
  }

  Optional<Kind> kind(String collection) {
    Optional<SpecOperation> creator = operations.stream()
        .filter(op -> "POST".equals(op.method()) && collection.equals(last(segments(op.pathTemplate()))))
        .findFirst();
    return creator.map(c -> new Kind(collection, c, remover(collection)));
  }

  /** The kind {@code operation} creates, if it is a create. */
  Optional<Kind> createdBy(SpecOperation operation) {
    if (!"POST".equals(operation.method())) {
      return Optional.empty();
    }
    return kind(last(segments(operation.pathTemplate()))).filter(kind -> kind.creator().equals(operation));
  }

  /** The name of the path parameter that identifies the item in {@code remover}'s path. */
  static String itemParameter(SpecOperation remover) {
    String last = last(segments(remover.pathTemplate()));
    return last.substring(1, last.length() - 1);
  }

  private Optional<SpecOperation> remover(String collection) {
    return operations.stream().filter(op -> "DELETE".equals(op.method())).filter(op -> {
      List<String> segments = segments(op.pathTemplate());
      return segments.size() >= 2 && isParameter(last(segments)) && collection.equals(segments.get(segments.size() - 2));
    }).findFirst();
  }

  private static List<String> segments(String template) {
    return Arrays.stream(template.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String last(List<String> segments) {
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }
}
