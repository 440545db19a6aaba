package io.activations.contract.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a document twice: as a plain tree (kept as written, {@code $ref}s intact, for JSON Schema
 * validation and spec locations) and with swagger-parser (the typed model, refs resolved).
 *
 * <p>A document is unusable when it is not YAML/JSON, not OpenAPI 3.0, or has a reference that
 * resolves to nothing; then every message (ours and the parser's) is thrown together. The parser's
 * other messages (an unexpected attribute, a repeated operationId) do not stop the document from
 * being used: the spec keeps them and the linter reports them.
 */
final class SpecLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SpecLoader() {}

  static Spec parse(String text, String sourceName, String location) throws SpecLoadException {
    JsonNode document = readTree(text, sourceName);
    checkVersion(document, sourceName);

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    options.setResolveResponses(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options, location);

    List<DanglingReferences.Dangling> dangling = DanglingReferences.find(document);
    List<String> parserMessages = parserMessages(result, dangling);
    OpenAPI model = result.getOpenAPI();
    if (model == null || !dangling.isEmpty()) {
      List<String> messages = new ArrayList<>(parserMessages);
      dangling.forEach(d -> messages.add(d.message()));
      if (messages.isEmpty()) {
        messages.add("the parser produced no document");
      }
      throw new SpecLoadException(sourceName, messages);
    }
    ComponentRefInliner.inline(model);
    return new Spec(model, document, sourceName, parserMessages);
  }

  /**
   * swagger-parser's messages, one line each, without those about a reference we report ourselves
   * (it names some dangling schema refs as "attribute ...#/components/schemas/X is missing").
   */
  private static List<String> parserMessages(SwaggerParseResult result, List<DanglingReferences.Dangling> dangling) {
    Set<String> messages = new LinkedHashSet<>();
    if (result.getMessages() != null) {
      for (String message : result.getMessages()) {
        boolean duplicate = dangling.stream().anyMatch(d -> message.contains(d.ref() + " is missing"));
        if (!duplicate) {
          messages.add(oneLine(message));
        }
      }
    }
    return List.copyOf(messages);
  }

  private static JsonNode readTree(String text, String sourceName) throws SpecLoadException {
    if (text.isBlank()) {
      throw new SpecLoadException(sourceName, List.of("the document is empty"));
    }
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SpecLoadException(sourceName, List.of(describe(e)));
    }
    if (tree == null || !tree.isObject()) {
      throw new SpecLoadException(sourceName, List.of("line 1: the top level must be a mapping (an OpenAPI object)"));
    }
    return tree;
  }

  private static void checkVersion(JsonNode document, String sourceName) throws SpecLoadException {
    JsonNode version = document.get("openapi");
    if (version == null || !version.isTextual()) {
      throw new SpecLoadException(sourceName, List.of("openapi: missing; this is not an OpenAPI 3.0 document"));
    }
    if (!version.asText().startsWith("3.0.")) {
      throw new SpecLoadException(sourceName, List.of(
          "openapi: '" + version.asText() + "' is not supported; the toolkit reads OpenAPI 3.0.x"));
    }
  }

  /** {@code line 3, column 7: mapping values are not allowed here} without Jackson's source excerpt. */
  private static String describe(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String message = oneLine(e.getOriginalMessage());
    if (where == null || where.getLineNr() < 0) {
      return message;
    }
    return "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + message;
  }

  /** Parser messages can span lines (SnakeYAML quotes the offending text); keep one line each. */
  private static String oneLine(String message) {
    if (message == null) {
      return "unknown parser error";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
