package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Compares an operation's responses: statuses, headers, media types and body schemas, all judged for the client. */
final class ResponseComparison {

  private final Document base;
  private final Document revision;
  private final OperationContext context;
  private final SchemaComparison schemas;

  ResponseComparison(Document base, Document revision, OperationContext context, SchemaComparison schemas) {
    this.base = base;
    this.revision = revision;
    this.context = context;
    this.schemas = schemas;
  }

  void compare(ApiOperation was, ApiOperation now) {
    if (!was.node().has("responses") || !now.node().has("responses")) {
      return;
    }
    Node before = was.node().child("responses");
    Node after = now.node().child("responses");
    String label = now.label();
    for (Iterator<String> it = before.value().fieldNames(); it.hasNext(); ) {
      String status = it.next();
      Node response = base.resolve(before.child(status));
      boolean success = status.startsWith("2");
      if (!after.has(status)) {
        context.report(success ? Rules.SUCCESS_STATUS_REMOVED : Rules.NON_SUCCESS_STATUS_REMOVED, response.pointer(), after.pointer(),
            label + ": response " + status + " removed");
        continue;
      }
      Node counterpart = revision.resolve(after.child(status));
      headers(response, counterpart, label + " response " + status);
      content(response, counterpart, label + " response " + status);
    }
    for (Iterator<String> it = after.value().fieldNames(); it.hasNext(); ) {
      String status = it.next();
      if (!before.has(status)) {
        context.report(status.startsWith("2") ? Rules.SUCCESS_STATUS_ADDED : Rules.NON_SUCCESS_STATUS_ADDED,
            before.pointer(), after.child(status).pointer(), label + ": response " + status + " added");
      }
    }
  }

  private void headers(Node response, Node counterpart, String label) {
    Map<String, Node> before = headers(base, response);
    Map<String, Node> after = headers(revision, counterpart);
    for (Map.Entry<String, Node> entry : before.entrySet()) {
      Node header = entry.getValue();
      boolean wasRequired = header.value().path("required").asBoolean(false);
      Node now = after.get(entry.getKey());
      if (now == null) {
        context.report(wasRequired ? Rules.REQUIRED_HEADER_REMOVED : Rules.OPTIONAL_HEADER_REMOVED, header.pointer(),
            counterpart.pointer(), label + ": header " + entry.getKey() + " removed");
      } else if (wasRequired && !now.value().path("required").asBoolean(false)) {
        context.report(Rules.HEADER_BECAME_OPTIONAL, header.pointer(), now.pointer(),
            label + ": header " + entry.getKey() + " is no longer required");
      }
    }
  }

  private static Map<String, Node> headers(Document document, Node response) {
    Map<String, Node> headers = new LinkedHashMap<>();
    if (response.has("headers")) {
      Node all = response.child("headers");
      for (Iterator<Map.Entry<String, JsonNode>> it = all.value().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> header = it.next();
        headers.put(header.getKey().toLowerCase(Locale.ROOT),
            document.resolve(header.getValue(), Pointer.child(all.pointer(), header.getKey())));
      }
    }
    return headers;
  }

  private void content(Node response, Node counterpart, String label) {
    if (!response.has("content")) {
      return;
    }
    Node before = response.child("content");
    Node after = counterpart.has("content") ? counterpart.child("content") : null;
    for (Iterator<String> it = before.value().fieldNames(); it.hasNext(); ) {
      String type = it.next();
      Node media = before.child(type);
      if (after == null || !after.has(type)) {
        context.report(Rules.RESPONSE_MEDIA_TYPE_REMOVED, media.pointer(), counterpart.pointer(),
            label + ": media type " + type + " removed; clients asking for it get nothing they can read");
        continue;
      }
      Node now = after.child(type);
      if (media.has("schema") && now.has("schema")) {
        schemas.compare(media.child("schema"), now.child("schema"), Place.RESPONSE_BODY, label + " body (" + type + ")");
      }
    }
    if (after != null) {
      for (Iterator<String> it = after.value().fieldNames(); it.hasNext(); ) {
        String type = it.next();
        if (!before.has(type)) {
          context.report(Rules.RESPONSE_MEDIA_TYPE_ADDED, before.pointer(), after.child(type).pointer(),
              label + ": media type " + type + " added");
        }
      }
    }
  }
}
