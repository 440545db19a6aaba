package io.activations.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded OpenAPI 3.0 document: the swagger-parser model, the raw tree as written, and an index of
 * its operations for lookups by id and by concrete request path. Immutable and thread safe.
 */
public final class Spec {

  /** Where the hand-maintained document sits on the classpath (packaged into the spec jar). */
  public static final String BUNDLED_RESOURCE = "openapi/activations.yaml";

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final OpenAPI model;
  private final JsonNode document;
  private final String source;
  private final List<String> parserMessages;
  private final List<SpecOperation> operations;
  private final Map<String, SpecOperation> byId;
  /** Templates ordered most specific first, each with its operations by method. */
  private final List<Map.Entry<PathTemplate, Map<String, SpecOperation>>> routes;

  Spec(OpenAPI model, JsonNode document, String source, List<String> parserMessages) {
    this.model = Objects.requireNonNull(model, "model");
    this.parserMessages = List.copyOf(parserMessages);
    this.document = document;
    this.source = source;
    this.operations = List.copyOf(indexOperations(model, document));
    Map<String, SpecOperation> ids = new LinkedHashMap<>();
    Map<String, Map<String, SpecOperation>> byPath = new LinkedHashMap<>();
    for (SpecOperation operation : operations) {
      if (operation.operationId() != null) {
        ids.putIfAbsent(operation.operationId(), operation);
      }
      byPath.computeIfAbsent(operation.pathTemplate(), p -> new LinkedHashMap<>()).put(operation.method(), operation);
    }
    this.byId = Collections.unmodifiableMap(ids);
    List<Map.Entry<PathTemplate, Map<String, SpecOperation>>> table = new ArrayList<>();
    byPath.forEach((path, methods) -> table.add(Map.entry(new PathTemplate(path), Collections.unmodifiableMap(methods))));
    table.sort(Comparator.comparingInt((Map.Entry<PathTemplate, Map<String, SpecOperation>> e) -> e.getKey().literalSegments()).reversed());
    this.routes = List.copyOf(table);
  }

  /** Parses and resolves a file; every parser message is in the exception when it cannot. */
  public static Spec load(Path file) throws SpecLoadException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SpecLoadException(file.toString(), List.of("no such file"));
    } catch (IOException e) {
      throw new SpecLoadException(file.toString(), List.of("cannot read: " + e.getMessage()));
    }
    return SpecLoader.parse(text, file.toString(), file.toAbsolutePath().toUri().toString());
  }

  /** Parses and resolves a document given as text; {@code sourceName} names it in messages. */
  public static Spec parse(String text, String sourceName) throws SpecLoadException {
    return SpecLoader.parse(text, sourceName, null);
  }

  /** The hand-maintained Activations document shipped in this module's jar. */
  public static Spec bundled() {
    return Bundled.SPEC;
  }

  public OpenAPI model() {
    return model;
  }

  /** The document as written, {@code $ref}s intact. Do not modify it. */
  public JsonNode document() {
    return document;
  }

  public String source() {
    return source;
  }

  /**
   * What swagger-parser found wrong that does not stop the document from being used (an unexpected
   * attribute, a repeated operationId); the linter reports each as an error.
   */
  public List<String> parserMessages() {
    return parserMessages;
  }

  /** Every operation in document order. */
  public List<SpecOperation> operations() {
    return operations;
  }

  public SpecOperation operation(String operationId) {
    SpecOperation operation = byId.get(operationId);
    if (operation == null) {
      throw new IllegalArgumentException("no operation '" + operationId + "' in " + source);
    }
    return operation;
  }

  /** The operation a request would hit, with its decoded path parameters; empty when none. */
  public Optional<PathMatch> match(String method, String rawPath) {
    String upper = method.toUpperCase(Locale.ROOT);
    List<String> segments = PathTemplate.split(rawPath);
    for (Map.Entry<PathTemplate, Map<String, SpecOperation>> route : routes) {
      SpecOperation operation = route.getValue().get(upper);
      if (operation == null) {
        continue;
      }
      Optional<Map<String, String>> parameters = route.getKey().match(segments);
      if (parameters.isPresent()) {
        return Optional.of(new PathMatch(operation, parameters.get()));
      }
    }
    return Optional.empty();
  }

  /** The methods a concrete path supports (for a 405's {@code Allow}); empty when no path matches. */
  public Set<String> methodsFor(String rawPath) {
    List<String> segments = PathTemplate.split(rawPath);
    Set<String> methods = new LinkedHashSet<>();
    for (Map.Entry<PathTemplate, Map<String, SpecOperation>> route : routes) {
      if (route.getKey().match(segments).isPresent()) {
        methods.addAll(route.getValue().keySet());
      }
    }
    return Collections.unmodifiableSet(methods);
  }

  @Override
  public String toString() {
    return "Spec[" + source + ", " + operations.size() + " operations]";
  }

  /** Operations in the order the document lists them (swagger's path item orders by method). */
  private static List<SpecOperation> indexOperations(OpenAPI model, JsonNode document) {
    List<SpecOperation> result = new ArrayList<>();
    if (model.getPaths() == null) {
      return result;
    }
    JsonNode paths = document.path("paths");
    for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
      String path = it.next();
      PathItem item = model.getPaths().get(path);
      if (item == null) {
        continue;
      }
      for (Iterator<String> keys = paths.get(path).fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!METHODS.contains(key)) {
          continue;
        }
        Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(key.toUpperCase(Locale.ROOT)));
        if (operation != null) {
          Object limit = operation.getExtensions() == null ? null : operation.getExtensions().get(RateLimit.EXTENSION);
          result.add(new SpecOperation(operation.getOperationId(), key.toUpperCase(Locale.ROOT), path,
              RateLimit.fromExtension(limit), operation));
        }
      }
    }
    return result;
  }

  /** Loaded on first use, once: the jar's document never changes while the JVM runs. */
  private static final class Bundled {
    static final Spec SPEC = loadBundled();

    private static Spec loadBundled() {
      ClassLoader loader = Spec.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("classpath resource " + BUNDLED_RESOURCE + " is missing; is the spec jar on the classpath?");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read classpath resource " + BUNDLED_RESOURCE, e);
      } catch (SpecLoadException e) {
        throw new IllegalStateException("the bundled spec does not load: " + String.join("; ", e.messages()), e);
      }
    }
  }
}
