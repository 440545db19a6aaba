package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Compares an operation's parameters (path-level and operation-level merged, the operation's
 * winning). Path parameters pair by position in the URL, so renaming one is not a change; the
 * others pair by location and name (header names case-insensitively).
 */
final class ParameterComparison {

  private final Document base;
  private final Document revision;
  private final OperationContext context;
  private final SchemaComparison schemas;

  ParameterComparison(Document base, Document revision, OperationContext context, SchemaComparison schemas) {
    this.base = base;
    this.revision = revision;
    this.context = context;
    this.schemas = schemas;
  }

  void compare(ApiOperation was, ApiOperation now) {
    Map<String, Node> before = parameters(base, was);
    Map<String, Node> after = parameters(revision, now);
    String label = now.label();
    for (Map.Entry<String, Node> entry : before.entrySet()) {
      Node parameter = entry.getValue();
      String name = describe(parameter);
      Node counterpart = after.get(entry.getKey());
      if (counterpart == null) {
        Node moved = movedTo(after, before, parameter);
        if (moved != null) {
          context.report(Rules.PARAMETER_LOCATION_CHANGED, parameter.pointer(), moved.pointer(),
              label + ": " + name + " moved to " + describe(moved));
        } else {
          context.report(Rules.PARAMETER_REMOVED, parameter.pointer(), "", label + ": " + name + " removed");
        }
        continue;
      }
      boolean wasRequired = parameter.value().path("required").asBoolean(false);
      boolean nowRequired = counterpart.value().path("required").asBoolean(false);
      if (!wasRequired && nowRequired) {
        context.report(Rules.PARAMETER_BECAME_REQUIRED, parameter.pointer(), counterpart.pointer(),
            label + ": " + name + " became required");
      } else if (wasRequired && !nowRequired) {
        context.report(Rules.PARAMETER_BECAME_OPTIONAL, parameter.pointer(), counterpart.pointer(),
            label + ": " + name + " became optional");
      }
      if (parameter.has("schema") && counterpart.has("schema")) {
        schemas.compare(parameter.child("schema"), counterpart.child("schema"), Place.REQUEST_PARAMETER, label + " " + name);
      }
    }
    for (Map.Entry<String, Node> entry : after.entrySet()) {
      Node parameter = entry.getValue();
      if (before.containsKey(entry.getKey()) || movedTo(before, after, parameter) != null) {
        continue;
      }
      boolean required = parameter.value().path("required").asBoolean(false);
      context.report(required ? Rules.NEW_REQUIRED_PARAMETER : Rules.NEW_OPTIONAL_PARAMETER, "", parameter.pointer(),
          label + ": " + (required ? "required " : "optional ") + describe(parameter) + " added");
    }
  }

  /** The same-named parameter in another location of {@code other}, when {@code own} has none of that name there. */
  private static Node movedTo(Map<String, Node> other, Map<String, Node> own, Node parameter) {
    String name = parameter.value().path("name").asText();
    String in = parameter.value().path("in").asText();
    if ("path".equals(in)) {
      return null;
    }
    for (Node candidate : other.values()) {
      String candidateIn = candidate.value().path("in").asText();
      if (!candidateIn.equals(in) && !"path".equals(candidateIn)
          && candidate.value().path("name").asText().equalsIgnoreCase(name)
          && !own.containsKey(key(candidate, 0))) {
        return candidate;
      }
    }
    return null;
  }

  private static String describe(Node parameter) {
    return parameter.value().path("in").asText() + " parameter `" + parameter.value().path("name").asText() + "`";
  }

  private static Map<String, Node> parameters(Document document, ApiOperation operation) {
    Map<String, Node> parameters = new LinkedHashMap<>();
    collect(document, operation.pathItem(), operation.path(), parameters);
    collect(document, operation.node(), operation.path(), parameters);
    return parameters;
  }

  private static void collect(Document document, Node owner, String path, Map<String, Node> into) {
    if (!owner.has("parameters")) {
      return;
    }
    Node list = owner.child("parameters");
    for (int i = 0; i < list.value().size(); i++) {
      Node parameter = document.resolve(list.value().get(i), Pointer.child(list.pointer(), i));
      if (parameter.value() != null && parameter.value().has("in")) {
        into.put(key(parameter, position(path, parameter.value().path("name").asText())), parameter);
      }
    }
  }

  /** Path parameters by their position in the template; others by location and name. */
  private static String key(Node parameter, int position) {
    JsonNode value = parameter.value();
    String in = value.path("in").asText();
    if ("path".equals(in)) {
      return "path#" + position;
    }
    String name = value.path("name").asText();
    return in + ":" + ("header".equals(in) ? name.toLowerCase(Locale.ROOT) : name);
  }

  private static int position(String path, String name) {
    int index = 0;
    int at = 0;
    while ((at = path.indexOf('{', at)) >= 0) {
      int end = path.indexOf('}', at);
      if (end < 0) {
        break;
      }
      if (path.substring(at + 1, end).equals(name)) {
        return index;
      }
      index++;
      at = end;
    }
    return -1;
  }
}
