package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Compares one operation present in both documents: lifecycle, this API's rate-limit extension,
 * security, parameters, request body and responses.
 */
final class OperationComparison {

  private final Document base;
  private final Document revision;
  private final OperationContext context;
  private final SchemaComparison schemas;

  OperationComparison(Document base, Document revision, OperationContext context) {
    this.base = base;
    this.revision = revision;
    this.context = context;
    this.schemas = new SchemaComparison(base, revision, context);
  }

  void compare(ApiOperation was, ApiOperation now) {
    lifecycle(was, now);
    rateLimit(was, now);
    new SecurityComparison(base, revision, context).compare(was, now);
    new ParameterComparison(base, revision, context, schemas).compare(was, now);
    requestBody(was, now);
    new ResponseComparison(base, revision, context, schemas).compare(was, now);
  }

  private void lifecycle(ApiOperation was, ApiOperation now) {
    if (!was.deprecated() && now.deprecated()) {
      context.report(Rules.ENDPOINT_DEPRECATED, was.node().pointer(), Pointer.child(now.node().pointer(), "deprecated"),
          now.label() + ": deprecated" + (now.node().has("x-sunset") ? " with x-sunset " + now.node().get("x-sunset").asText() : ""));
    } else if (was.deprecated() && !now.deprecated()) {
      context.report(Rules.ENDPOINT_REACTIVATED, Pointer.child(was.node().pointer(), "deprecated"), now.node().pointer(),
          now.label() + ": no longer deprecated");
    }
  }

  private void rateLimit(ApiOperation was, ApiOperation now) {
    JsonNode before = was.node().get(RATE_LIMIT);
    JsonNode after = now.node().get(RATE_LIMIT);
    String at = Pointer.child(was.node().pointer(), RATE_LIMIT);
    String to = Pointer.child(now.node().pointer(), RATE_LIMIT);
    if (before == null && after == null) {
      return;
    }
    if (before != null && after != null && before.isIntegralNumber() && after.isIntegralNumber()) {
      long old = before.asLong();
      long current = after.asLong();
      if (current != old) {
        context.report(current < old ? Rules.RATE_LIMIT_LOWERED : Rules.RATE_LIMIT_RAISED, at, to,
            now.label() + ": " + RATE_LIMIT + " changed from " + old + " to " + current
                + (current < old ? ": callers within the old limit now get 429" : ""));
      }
      return;
    }
    String old = before == null ? "absent" : before.asText();
    String current = after == null ? "absent" : after.asText();
    if (!old.equals(current)) {
      context.report(Rules.RATE_LIMIT_CHANGED, before == null ? was.node().pointer() : at, after == null ? now.node().pointer() : to,
          now.label() + ": " + RATE_LIMIT + " changed from " + old + " to " + current + "; the default limit is not published,"
              + " so callers cannot tell whether it went down");
    }
  }

  private static final String RATE_LIMIT = io.activations.contract.spec.RateLimit.EXTENSION;

  private void requestBody(ApiOperation was, ApiOperation now) {
    Node before = was.node().has("requestBody") ? base.resolve(was.node().child("requestBody")) : null;
    Node after = now.node().has("requestBody") ? revision.resolve(now.node().child("requestBody")) : null;
    if (before == null && after == null) {
      return;
    }
    String label = now.label();
    if (after == null) {
      context.report(Rules.BODY_REMOVED, before.pointer(), "", label + ": request body removed; callers still send one");
      return;
    }
    boolean wasRequired = before != null && before.value().path("required").asBoolean(false);
    boolean nowRequired = after.value().path("required").asBoolean(false);
    if (!wasRequired && nowRequired) {
      context.report(Rules.BODY_BECAME_REQUIRED, before == null ? "" : before.pointer(), Pointer.child(after.pointer(), "required"),
          label + (before == null ? ": a required request body was added" : ": request body became required"));
    } else if (wasRequired && !nowRequired) {
      context.report(Rules.BODY_BECAME_OPTIONAL, Pointer.child(before.pointer(), "required"), after.pointer(),
          label + ": request body became optional");
    }
    if (before == null) {
      return;
    }
    Node beforeContent = before.has("content") ? before.child("content") : null;
    Node afterContent = after.has("content") ? after.child("content") : null;
    if (beforeContent == null || afterContent == null) {
      return;
    }
    for (Iterator<String> types = beforeContent.value().fieldNames(); types.hasNext(); ) {
      String type = types.next();
      Node media = beforeContent.child(type);
      if (!afterContent.has(type)) {
        context.report(Rules.BODY_MEDIA_TYPE_REMOVED, media.pointer(), afterContent.pointer(),
            label + ": request media type " + type + " removed; callers sending it are rejected");
        continue;
      }
      Node counterpart = afterContent.child(type);
      if (media.has("schema") && counterpart.has("schema")) {
        schemas.compare(media.child("schema"), counterpart.child("schema"), Place.REQUEST_BODY,
            label + " request body (" + type + ")");
      }
    }
    for (Iterator<String> types = afterContent.value().fieldNames(); types.hasNext(); ) {
      String type = types.next();
      if (!beforeContent.has(type)) {
        context.report(Rules.BODY_MEDIA_TYPE_ADDED, beforeContent.pointer(), afterContent.child(type).pointer(),
            label + ": request media type " + type + " added");
      }
    }
  }
}
