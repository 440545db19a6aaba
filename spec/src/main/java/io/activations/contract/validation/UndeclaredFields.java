package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.report.Finding;
import java.util.Iterator;
import java.util.List;

/**
 * Finds properties a response sends but its schema does not declare. They are not errors (an open
 * schema allows them), but a client cannot rely on them and they often reveal a typo or a field
 * that should be added to the spec. Objects that say {@code additionalProperties: true} or give a
 * schema for extra values are maps and are not reported; {@code additionalProperties: false} is
 * left to the schema check, which already reports it as an error.
 */
final class UndeclaredFields {

  private static final int MAX_DEPTH = 64;

  private final JsonNode document;

  UndeclaredFields(JsonNode document) {
    this.document = document;
  }

  void find(Located schema, JsonNode body, List<Finding> findings) {
    walk(schema.node(), body, "", findings, 0);
  }

  private void walk(JsonNode schemaNode, JsonNode value, String path, List<Finding> findings, int depth) {
    if (depth > MAX_DEPTH || value == null || value.isNull()) {
      return;
    }
    JsonNode schema = resolve(schemaNode);
    if (value.isArray()) {
      JsonNode items = schema.get("items");
      if (items != null) {
        for (int i = 0; i < value.size(); i++) {
          walk(items, value.get(i), path + "[" + i + "]", findings, depth + 1);
        }
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Shape shape = new Shape();
    collect(schema, shape, 0);
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      String childPath = path.isEmpty() ? name : path + "." + name;
      JsonNode declared = shape.property(name);
      if (declared != null) {
        walk(declared, value.get(name), childPath, findings, depth + 1);
      } else if (shape.additional != null && shape.additional.isObject()) {
        walk(shape.additional, value.get(name), childPath, findings, depth + 1);
      } else if (shape.hasProperties && shape.additional == null) {
        findings.add(Finding.warning("response.body.undeclaredField", childPath,
            childPath + " is sent but not declared in the schema"));
      }
    }
  }

  /** Properties and additionalProperties of a schema, merged over allOf/anyOf/oneOf. */
  private void collect(JsonNode schema, Shape shape, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject()) {
      shape.hasProperties = true;
      shape.schemas.add(properties);
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
      shape.additional = additional;
    } else if (additional != null) {
      // additionalProperties: false: extra fields are schema errors, reported elsewhere
      shape.closed = true;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      JsonNode parts = schema.get(combinator);
      if (parts != null && parts.isArray()) {
        for (JsonNode part : parts) {
          JsonNode branch = resolve(part);
          if (!"allOf".equals(combinator) && !branch.has("properties") && !branch.has("allOf")) {
            // an alternative we cannot see into (a free-form object, a scalar): anything may appear
            shape.additional = BooleanNode.TRUE;
          }
          collect(branch, shape, depth + 1);
        }
      }
    }
    if (shape.closed && shape.additional == null) {
      shape.hasProperties = false;
    }
  }

  private JsonNode resolve(JsonNode schema) {
    return SpecTree.follow(document, new Located("", schema)).node();
  }

  /** What an object schema says about its fields. */
  private static final class Shape {
    final List<JsonNode> schemas = new java.util.ArrayList<>();
    boolean hasProperties;
    boolean closed;
    JsonNode additional;

    JsonNode property(String name) {
      for (JsonNode properties : schemas) {
        JsonNode declared = properties.get(name);
        if (declared != null) {
          return declared;
        }
      }
      return null;
    }
  }
}
