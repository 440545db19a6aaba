package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares a schema in the base with its counterpart in the revision, keyword by keyword, and
 * judges each change from the side the schema is used on: what a caller may send (request) must
 * not shrink, what a client may receive (response) must not grow. Shared schemas are judged per
 * use. Schemas are compared as resolved structures, so moving or renaming one behind a {@code $ref}
 * is not a change.
 */
final class SchemaComparison {

  private final Document base;
  private final Document revision;
  private final OperationContext context;
  private final Set<String> visited = new HashSet<>();
  private final Bounds bounds;

  SchemaComparison(Document base, Document revision, OperationContext context) {
    this.base = base;
    this.revision = revision;
    this.context = context;
    this.bounds = new Bounds(this::report);
  }

  /** {@code subject} names the schema's use in sentences, such as {@code request body (application/json)}. */
  void compare(Node baseSchema, Node revisionSchema, Place place, String subject) {
    compare(baseSchema, revisionSchema, place, subject, "");
  }

  private void compare(Node baseSchema, Node revisionSchema, Place place, String subject, String field) {
    SchemaView was = new SchemaView(base, baseSchema);
    SchemaView now = new SchemaView(revision, revisionSchema);
    if (!was.isSchema() || !now.isSchema() || !visited.add(place + " " + was.pointer() + " " + now.pointer())) {
      return;
    }
    String what = field.isEmpty() ? subject
        : field.startsWith("[]") || field.startsWith("{*}") ? subject + " items `" + field + "`"
        : subject + " property `" + field + "`";
    Where where = new Where(place, what, was, now);
    boolean typeChanged = type(where);
    if (!typeChanged) {
      format(where);
    }
    nullable(where);
    enumeration(where);
    bounds.compare(where);
    pattern(where);
    if (place != Place.REQUEST_PARAMETER) {
      properties(where, subject, field);
    }
    if (was.keyword("items") != null && now.keyword("items") != null) {
      compare(was.keyword("items"), now.keyword("items"), place, subject, field + "[]");
    }
    Node wasExtra = was.keyword("additionalProperties");
    Node nowExtra = now.keyword("additionalProperties");
    if (wasExtra != null && nowExtra != null && wasExtra.value().isObject() && nowExtra.value().isObject()) {
      compare(wasExtra, nowExtra, place, subject, field + "{*}");
    }
    alternatives(where, "oneOf", SchemaChange.ONE_OF_ADDED, SchemaChange.ONE_OF_REMOVED, subject, field);
    alternatives(where, "anyOf", SchemaChange.ANY_OF_ADDED, SchemaChange.ANY_OF_REMOVED, subject, field);
  }

  /**
   * Alternatives pair by position when their number is unchanged (each pair is compared in depth);
   * otherwise more alternatives accept or produce more shapes, fewer accept or produce fewer.
   */
  private void alternatives(Where where, String keyword, SchemaChange added, SchemaChange removed, String subject, String field) {
    Node was = where.was().keyword(keyword);
    Node now = where.now().keyword(keyword);
    if (was == null || now == null || !was.value().isArray() || !now.value().isArray()) {
      return;
    }
    int before = was.value().size();
    int after = now.value().size();
    if (before == after) {
      for (int i = 0; i < before; i++) {
        compare(new Node(was.value().get(i), Pointer.child(was.pointer(), i)),
            new Node(now.value().get(i), Pointer.child(now.pointer(), i)), where.place(), subject, field);
      }
    } else {
      report(where, after > before ? added : removed, keyword,
          keyword + " went from " + before + " to " + after + " alternatives");
    }
  }

  /** The schema pair being compared and how sentences name it. */
  record Where(Place place, String what, SchemaView was, SchemaView now) {}

  void report(Where where, SchemaChange change, String keyword, String message) {
    Rules.schema(where.place(), change).ifPresent(rule ->
        context.report(rule, where.was().pointerOf(keyword), where.now().pointerOf(keyword), where.what() + ": " + message));
  }

  private boolean type(Where where) {
    String was = where.was().text("type");
    String now = where.now().text("type");
    if (Objects.equals(was, now)) {
      return false;
    }
    boolean request = where.place().side == Side.REQUEST;
    if (was != null && now != null) {
      report(where, SchemaChange.TYPE_CHANGED, "type", "type changed from " + was + " to " + now);
      return true;
    }
    if (was == null && request) {
      report(where, SchemaChange.TYPE_CHANGED, "type", "now restricted to type " + now);
      return true;
    }
    if (now == null && !request) {
      report(where, SchemaChange.TYPE_CHANGED, "type", "no longer declares its type (was " + was + ")");
      return true;
    }
    return false;
  }

  private void format(Where where) {
    String was = where.was().text("format");
    String now = where.now().text("format");
    if (Objects.equals(was, now)) {
      return;
    }
    boolean request = where.place().side == Side.REQUEST;
    if (was != null && now != null) {
      report(where, SchemaChange.FORMAT_CHANGED, "format", "format changed from " + was + " to " + now);
    } else if (was == null) {
      report(where, request ? SchemaChange.FORMAT_CHANGED : SchemaChange.FORMAT_SPECIALIZED, "format",
          "format " + now + " added" + (request ? ": values callers sent before may now be rejected" : ""));
    } else {
      report(where, request ? SchemaChange.FORMAT_GENERALIZED : SchemaChange.FORMAT_CHANGED, "format",
          "format " + was + " removed" + (request ? "" : ": clients parsing it as " + was + " may fail"));
    }
  }

  private void nullable(Where where) {
    boolean was = where.was().flag("nullable");
    boolean now = where.now().flag("nullable");
    if (!was && now) {
      report(where, SchemaChange.BECAME_NULLABLE, "nullable",
          where.place().side == Side.RESPONSE ? "became nullable: clients may now receive null" : "became nullable");
    } else if (was && !now) {
      report(where, SchemaChange.BECAME_NOT_NULLABLE, "nullable",
          where.place().side == Side.REQUEST ? "became not nullable: callers sending null are rejected" : "became not nullable");
    }
  }

  private void enumeration(Where where) {
    Node was = where.was().keyword("enum");
    Node now = where.now().keyword("enum");
    if (was == null && now == null) {
      return;
    }
    if (was == null) {
      report(where, SchemaChange.BECAME_ENUM, "enum", "became an enum of " + now.value());
      return;
    }
    if (now == null) {
      report(where, SchemaChange.ENUM_VALUE_ADDED, "enum", "no longer restricted to the enum " + was.value());
      return;
    }
    Set<String> before = values(was.value());
    Set<String> after = values(now.value());
    Set<String> removed = new LinkedHashSet<>(before);
    removed.removeAll(after);
    Set<String> added = new LinkedHashSet<>(after);
    added.removeAll(before);
    if (!removed.isEmpty()) {
      report(where, SchemaChange.ENUM_VALUE_REMOVED, "enum", "enum value(s) " + String.join(", ", removed) + " removed");
    }
    if (!added.isEmpty()) {
      report(where, SchemaChange.ENUM_VALUE_ADDED, "enum", "enum value(s) " + String.join(", ", added) + " added");
    }
  }

  private static Set<String> values(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(value -> values.add(value.isTextual() ? value.asText() : value.toString()));
    return values;
  }

  private void pattern(Where where) {
    String was = where.was().text("pattern");
    String now = where.now().text("pattern");
    if (Objects.equals(was, now)) {
      return;
    }
    if (was == null) {
      report(where, SchemaChange.PATTERN_ADDED, "pattern", "pattern " + now + " added");
    } else if (now == null) {
      report(where, SchemaChange.PATTERN_REMOVED, "pattern", "pattern " + was + " removed");
    } else {
      report(where, SchemaChange.PATTERN_CHANGED, "pattern", "pattern changed from " + was + " to " + now);
    }
  }

  private void properties(Where where, String subject, String field) {
    SchemaView was = where.was();
    SchemaView now = where.now();
    boolean request = where.place().side == Side.REQUEST;
    String hidden = request ? "readOnly" : "writeOnly";
    String prefix = field.isEmpty() ? "" : field + ".";
    for (Map.Entry<String, Node> property : was.properties().entrySet()) {
      String name = property.getKey();
      if (flag(property.getValue(), base, hidden)) {
        continue;
      }
      Node counterpart = now.properties().get(name);
      String what = subject + " property `" + prefix + name + "`";
      boolean wasRequired = was.required().contains(name);
      if (counterpart == null) {
        Rule rule = request
            ? (now.isClosed() ? Rules.REQUEST_PROPERTY_REMOVED_CLOSED : Rules.REQUEST_PROPERTY_REMOVED)
            : (wasRequired ? Rules.RESPONSE_REQUIRED_PROPERTY_REMOVED : Rules.RESPONSE_OPTIONAL_PROPERTY_REMOVED);
        context.report(rule, property.getValue().pointer(), now.pointer(), what + ": removed");
        continue;
      }
      boolean nowRequired = now.required().contains(name);
      if (wasRequired != nowRequired) {
        Rule rule = request
            ? (nowRequired ? Rules.REQUEST_PROPERTY_BECAME_REQUIRED : Rules.REQUEST_PROPERTY_BECAME_OPTIONAL)
            : (nowRequired ? Rules.RESPONSE_PROPERTY_BECAME_REQUIRED : Rules.RESPONSE_PROPERTY_BECAME_OPTIONAL);
        context.report(rule, property.getValue().pointer(), counterpart.pointer(),
            what + (nowRequired ? ": became required" : ": became optional"));
      }
      compare(property.getValue(), counterpart, where.place(), subject, prefix + name);
    }
    for (Map.Entry<String, Node> property : now.properties().entrySet()) {
      String name = property.getKey();
      if (was.properties().containsKey(name) || flag(property.getValue(), revision, hidden)) {
        continue;
      }
      boolean required = now.required().contains(name);
      Rule rule = request
          ? (required ? Rules.NEW_REQUIRED_PROPERTY : Rules.NEW_OPTIONAL_PROPERTY)
          : (required ? Rules.RESPONSE_REQUIRED_PROPERTY_ADDED : Rules.RESPONSE_OPTIONAL_PROPERTY_ADDED);
      context.report(rule, was.pointer(), property.getValue().pointer(),
          subject + " property `" + prefix + name + "`: added" + (required ? " as required" : ""));
    }
  }

  private static boolean flag(Node schema, Document document, String keyword) {
    JsonNode resolved = document.resolve(schema).value();
    return resolved != null && resolved.path(keyword).asBoolean(false);
  }

  static BigDecimal number(Node node) {
    return node == null || !node.value().isNumber() ? null : node.value().decimalValue();
  }
}
