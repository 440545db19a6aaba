package io.activations.contract.pact.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A pact file of specification V2, V3 or V4, read with Jackson (Pact's own model is not needed to
 * judge one). Matching rules and generators are ignored: the example values are what is judged.
 */
public record PactFile(Path path, String consumer, String provider, String specVersion, List<PactInteraction> interactions) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every {@code *.json} pact under the paths (files, or folders read recursively), in name order. */
  public static List<PactFile> readAll(List<Path> paths) throws PactFileException {
    List<PactFile> files = new ArrayList<>();
    for (Path file : expand(paths)) {
      files.add(read(file));
    }
    return files;
  }

  /** The files the paths name: files as given, folders as their {@code *.json} files; at least one. */
  public static List<Path> expand(List<Path> paths) throws PactFileException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.walk(path)) {
          files.addAll(found.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList());
        } catch (IOException e) {
          throw new PactFileException(path + ": cannot list the folder: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new PactFileException(path + ": no such file or folder");
      }
    }
    if (files.isEmpty()) {
      throw new PactFileException("no pact files (*.json) in " + paths);
    }
    return files;
  }

  public static PactFile read(Path file) throws PactFileException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new PactFileException(file + ": not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PactFileException(file + ": cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
    if (root == null || !root.isObject() || !root.path("interactions").isArray()) {
      throw new PactFileException(file + ": not a pact (no \"interactions\" array)");
    }
    String version = version(root);
    boolean v4 = version.startsWith("4");
    List<PactInteraction> interactions = new ArrayList<>();
    int index = 0;
    for (JsonNode interaction : root.get("interactions")) {
      interactions.add(interaction(file, index++, interaction, v4));
    }
    return new PactFile(file, root.path("consumer").path("name").asText(""), root.path("provider").path("name").asText(""),
        version, List.copyOf(interactions));
  }

  private static String version(JsonNode root) {
    JsonNode metadata = root.path("metadata");
    JsonNode version = metadata.path("pactSpecification").path("version");
    if (version.isMissingNode()) {
      version = metadata.path("pact-specification").path("version");
    }
    return version.asText("2.0.0");
  }

  private static PactInteraction interaction(Path file, int index, JsonNode node, boolean v4) throws PactFileException {
    String description = node.path("description").asText("interaction " + index);
    List<String> states = new ArrayList<>();
    if (node.path("providerState").isTextual()) {
      states.add(node.get("providerState").asText());
    }
    node.path("providerStates").forEach(state -> states.add(state.path("name").asText()));
    String type = v4 ? node.path("type").asText("Synchronous/HTTP") : "Synchronous/HTTP";
    if (!"Synchronous/HTTP".equals(type)) {
      return new PactInteraction(description, List.copyOf(states), type, null, null);
    }
    JsonNode request = node.path("request");
    JsonNode response = node.path("response");
    if (!request.path("method").isTextual() || !request.path("path").isTextual()) {
      throw new PactFileException(file + ": interaction '" + description + "' has no request method or path");
    }
    int status = response.path("status").asInt(-1);
    if (status < 100 || status > 599) {
      throw new PactFileException(file + ": interaction '" + description + "' has no valid response status");
    }
    try {
      ApiRequest apiRequest = new ApiRequest(request.get("method").asText(), request.get("path").asText(),
          query(request.path("query")), headers(request.path("headers")), null);
      Body body = body(request, v4);
      if (body.bytes() != null) {
        apiRequest = apiRequest.withBody(contentType(apiRequest.contentType().orElse(null), body), body.bytes());
      }
      ApiResponse apiResponse = new ApiResponse(status, headers(response.path("headers")), null);
      Body responseBody = body(response, v4);
      if (responseBody.bytes() != null) {
        apiResponse = apiResponse.withBody(contentType(apiResponse.contentType().orElse(null), responseBody), responseBody.bytes());
      }
      return new PactInteraction(description, List.copyOf(states), type, apiRequest, apiResponse);
    } catch (IllegalArgumentException e) {
      throw new PactFileException(file + ": interaction '" + description + "': " + e.getMessage());
    }
  }

  /** V2 writes the query as a string; V3 and V4 as {@code {name: [values]}}. */
  private static Map<String, List<String>> query(JsonNode query) {
    if (query.isTextual()) {
      return ApiRequest.parseQuery(query.asText());
    }
    return multimap(query);
  }

  /** V4 writes {@code {name: [values]}}; V2 and V3 {@code {name: "value"}}. */
  private static Map<String, List<String>> headers(JsonNode headers) {
    return multimap(headers);
  }

  private static Map<String, List<String>> multimap(JsonNode node) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (!node.isObject()) {
      return result;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      List<String> values = new ArrayList<>();
      if (entry.getValue().isArray()) {
        entry.getValue().forEach(value -> values.add(value.asText()));
      } else {
        values.add(entry.getValue().asText());
      }
      result.put(entry.getKey(), values);
    }
    return result;
  }

  /** A body's bytes and the content type V4 records beside it; bytes are null when there is no body. */
  private record Body(byte[] bytes, String contentType) {}

  private static Body body(JsonNode message, boolean v4) throws PactFileException {
    JsonNode body = message.get("body");
    if (body == null || body.isNull()) {
      return new Body(null, null);
    }
    if (!v4) {
      return new Body(body.isTextual() ? utf8(body.asText()) : bytes(body), null);
    }
    JsonNode content = body.get("content");
    String contentType = body.path("contentType").asText(null);
    if (content == null || (content.isTextual() && content.asText().isEmpty())) {
      return new Body(null, contentType);
    }
    String encoded = body.path("encoded").asText("false");
    if ("base64".equalsIgnoreCase(encoded)) {
      try {
        return new Body(Base64.getDecoder().decode(content.asText()), contentType);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("body is not valid base64");
      }
    }
    return new Body(content.isTextual() ? utf8(content.asText()) : bytes(content), contentType);
  }

  private static String contentType(String header, Body body) {
    return header != null ? header : body.contentType() != null ? body.contentType() : "application/json";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(JsonNode json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree always serialises", e);
    }
  }
}
