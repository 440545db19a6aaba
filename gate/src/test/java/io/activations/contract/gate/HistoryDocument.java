package io.activations.contract.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** A version of the history fragment as a tree, edited the way an SDK release changed it. */
final class HistoryDocument {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final String SPACE = "/spaces/{spaceId}/audiences/{audienceId}";

  private final ObjectNode root;

  private HistoryDocument(ObjectNode root) {
    this.root = root;
  }

  static HistoryDocument baseline() {
    try (InputStream in = HistoryDocument.class.getResourceAsStream("/history/activations-58.13.0.yaml")) {
      return new HistoryDocument((ObjectNode) YAML.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HistoryDocument copy() {
    return new HistoryDocument(root.deepCopy());
  }

  HistoryDocument version(String version) {
    ((ObjectNode) root.get("info")).put("version", version).put("title", "Activations (SDK " + version + ")");
    return this;
  }

  /** Sets the node at {@code pointer} (its parent must exist) to a YAML value such as {@code {type: string}}. */
  HistoryDocument put(String pointer, String yaml) {
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
    if (parent == null || parent.isMissingNode()) {
      throw new AssertionError("no parent for " + pointer);
    }
    parent.set(unescape(pointer.substring(slash + 1)), parse(yaml));
    return this;
  }

  HistoryDocument remove(String pointer) {
    int slash = pointer.lastIndexOf('/');
    ObjectNode parent = (ObjectNode) root.at(pointer.substring(0, slash));
    if (parent.remove(unescape(pointer.substring(slash + 1))) == null) {
      throw new AssertionError("nothing to remove at " + pointer);
    }
    return this;
  }

  /** Replaces the {@code required} list of a component schema. */
  HistoryDocument required(String schema, String... names) {
    ArrayNode list = ((ObjectNode) root.at("/components/schemas/" + schema)).putArray("required");
    for (String name : names) {
      list.add(name);
    }
    return this;
  }

  HistoryDocument property(String schema, String name, String yaml) {
    return put("/components/schemas/" + schema + "/properties/" + name, yaml);
  }

  HistoryDocument removeProperty(String schema, String name) {
    return remove("/components/schemas/" + schema + "/properties/" + name);
  }

  /** Renames a path template, keeping its operations. */
  HistoryDocument movePath(String from, String to) {
    ObjectNode paths = (ObjectNode) root.get("paths");
    JsonNode item = paths.remove(from);
    if (item == null) {
      throw new AssertionError("no path " + from);
    }
    paths.set(to, item);
    return this;
  }

  /** Points every {@code $ref} to schema {@code from} at schema {@code to}, in paths and schemas alike. */
  HistoryDocument retarget(String from, String to) {
    retarget(root, "#/components/schemas/" + from, "#/components/schemas/" + to);
    return this;
  }

  private static void retarget(JsonNode node, String from, String to) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (from.equals(object.path("$ref").asText())) {
        object.put("$ref", to);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        retarget(it.next().getValue(), from, to);
      }
    } else if (node.isArray()) {
      node.forEach(child -> retarget(child, from, to));
    }
  }

  String text() {
    try {
      return YAML.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  Spec spec(String name) {
    try {
      return Spec.parse(text(), name);
    } catch (SpecLoadException e) {
      throw new AssertionError(name + " does not load: " + e.getMessage(), e);
    }
  }

  private static JsonNode parse(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new AssertionError("bad YAML in a history step: " + yaml, e);
    }
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
