package io.activations.contract.gate.client;

import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells which part of a document a class or member of its generated Java client comes from, by the
 * generator's naming: a model class is named after its component schema (or, for an inline schema,
 * after its operation: {@code ListActivations200Response}), an accessor after its property
 * ({@code getDisplayName}, {@code setDisplayName}, {@code displayName}, {@code JSON_PROPERTY_DISPLAY_NAME}),
 * an inner {@code StatusEnum} after the property {@code status}, and an API method after its
 * operationId ({@code listActivations}, {@code listActivationsWithHttpInfo}). Names are compared with
 * case and separators ignored, the way the generator camel-cases them.
 */
final class DocumentOrigins {

  private static final List<String> ACCESSOR_PREFIXES = List.of("get", "set", "is", "add", "put", "remove", "unset");
  private static final List<String> API_METHOD_SUFFIXES = List.of("withhttpinfo", "requestbuilder");

  private final Spec spec;

  DocumentOrigins(Spec spec) {
    this.spec = spec;
  }

  /** Where {@code member} (empty for the class itself) of the class with this binary name comes from. */
  DocumentOrigin of(String className, String member) {
    String simple = className.substring(className.lastIndexOf('.') + 1);
    String[] nesting = simple.split("\\$");
    String outer = nesting[0];
    if (className.contains(".api.") && outer.endsWith("Api")) {
      return member.isEmpty() ? DocumentOrigin.NONE : apiMethod(member);
    }
    Optional<String> schema = componentSchema(outer);
    String propertyHint = nesting.length > 1 ? stripSuffix(nesting[nesting.length - 1], "Enum") : member;
    if (schema.isPresent()) {
      String schemaPointer = "/components/schemas/" + escape(schema.get());
      Optional<String> property = propertyHint.isEmpty() ? Optional.empty() : property(schema.get(), propertyHint);
      return property
          .map(p -> new DocumentOrigin(schemaPointer + "/properties/" + escape(p), "", schema.get(), p))
          .orElse(new DocumentOrigin(schemaPointer, "", schema.get(), ""));
    }
    return operationNamed(outer)
        .map(op -> new DocumentOrigin(operationPointer(op), op.operationId(), "", accessorProperty(propertyHint)))
        .orElse(DocumentOrigin.NONE);
  }

  private DocumentOrigin apiMethod(String method) {
    String name = normalize(method);
    for (String suffix : API_METHOD_SUFFIXES) {
      name = stripSuffix(name, suffix);
    }
    String wanted = name;
    return spec.operations().stream()
        .filter(op -> op.operationId() != null && normalize(op.operationId()).equals(wanted))
        .findFirst()
        .map(op -> new DocumentOrigin(operationPointer(op), op.operationId(), "", ""))
        .orElse(DocumentOrigin.NONE);
  }

  private Optional<String> componentSchema(String className) {
    return schemas().keySet().stream().filter(name -> normalize(name).equals(normalize(className))).findFirst();
  }

  /** The operation whose id starts the class name (the longest such id): the class is one of its inline schemas. */
  private Optional<SpecOperation> operationNamed(String className) {
    String name = normalize(className);
    return spec.operations().stream()
        .filter(op -> op.operationId() != null && name.startsWith(normalize(op.operationId())))
        .max(Comparator.comparingInt(op -> op.operationId().length()));
  }

  private Optional<String> property(String schemaName, String member) {
    Schema<?> schema = schemas().get(schemaName);
    if (schema == null || schema.getProperties() == null) {
      return Optional.empty();
    }
    String wanted = accessorProperty(member);
    return schema.getProperties().keySet().stream().filter(p -> normalize(p).equals(wanted)).findFirst()
        .or(() -> schema.getProperties().keySet().stream().filter(p -> normalize(p).equals(normalize(member))).findFirst());
  }

  /** {@code getDisplayName}, {@code JSON_PROPERTY_DISPLAY_NAME}, {@code addTagsItem} to {@code displayname}, {@code tags}. */
  static String accessorProperty(String member) {
    if (member.isEmpty()) {
      return "";
    }
    String name = member;
    if (name.startsWith("JSON_PROPERTY_")) {
      return normalize(name.substring("JSON_PROPERTY_".length()));
    }
    for (String prefix : ACCESSOR_PREFIXES) {
      if (name.length() > prefix.length() && name.startsWith(prefix) && Character.isUpperCase(name.charAt(prefix.length()))) {
        name = name.substring(prefix.length());
        break;
      }
    }
    name = stripSuffix(stripSuffix(name, "Item"), "_JsonNullable");
    return normalize(name);
  }

  @SuppressWarnings("rawtypes")
  private Map<String, Schema> schemas() {
    if (spec.model().getComponents() == null || spec.model().getComponents().getSchemas() == null) {
      return Map.of();
    }
    return spec.model().getComponents().getSchemas();
  }

  static String operationPointer(SpecOperation op) {
    return "/paths/" + escape(op.pathTemplate()) + "/" + op.method().toLowerCase(Locale.ROOT);
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String normalize(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static String stripSuffix(String name, String suffix) {
    return name.length() > suffix.length() && name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }
}
