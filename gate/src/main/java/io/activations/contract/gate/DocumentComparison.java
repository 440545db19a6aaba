package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the operations of two documents by method and URL shape (path parameter names do not
 * matter), reports added and removed ones with the deprecation and sunset policy, and hands each
 * pair to {@link OperationComparison}.
 */
final class DocumentComparison {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  static final String ALPHA_MEDIA_MARK = "v1alpha";

  private final Document base;
  private final Document revision;
  private final DiffOptions options;
  private final FindingSink sink;

  DocumentComparison(JsonNode base, JsonNode revision, DiffOptions options, FindingSink sink) {
    this.base = new Document(base);
    this.revision = new Document(revision);
    this.options = options;
    this.sink = sink;
  }

  void run() {
    Map<String, ApiOperation> before = operations(base);
    Map<String, ApiOperation> after = operations(revision);
    for (Map.Entry<String, ApiOperation> entry : before.entrySet()) {
      ApiOperation was = entry.getValue();
      ApiOperation now = after.get(entry.getKey());
      if (now == null) {
        removed(was);
      } else {
        OperationContext context = new OperationContext(now.label(), now.operationId(), relaxed(was), sink);
        new OperationComparison(base, revision, context).compare(was, now);
      }
    }
    for (Map.Entry<String, ApiOperation> entry : after.entrySet()) {
      if (!before.containsKey(entry.getKey())) {
        ApiOperation now = entry.getValue();
        new OperationContext(now.label(), now.operationId(), false, sink)
            .report(Rules.ENDPOINT_ADDED, "", now.node().pointer(), now.label() + ": operation added");
      }
    }
  }

  private void removed(ApiOperation was) {
    OperationContext context = new OperationContext(was.label(), was.operationId(), relaxed(was), sink);
    String pointer = was.node().pointer();
    if (!was.deprecated()) {
      context.report(Rules.REMOVED_WITHOUT_DEPRECATION, pointer, "",
          was.label() + ": removed without being deprecated first");
      return;
    }
    JsonNode sunset = was.node().value().get("x-sunset");
    if (sunset == null || !sunset.isValueNode()) {
      context.report(Rules.REMOVED_BEFORE_SUNSET, pointer, "",
          was.label() + ": removed; it was deprecated but had no x-sunset date");
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(sunset.asText());
    } catch (DateTimeParseException e) {
      context.report(Rules.REMOVED_BEFORE_SUNSET, Pointer.child(pointer, "x-sunset"), "",
          was.label() + ": removed; its x-sunset '" + sunset.asText() + "' is not a date (YYYY-MM-DD)");
      return;
    }
    if (options.today().isBefore(date)) {
      context.report(Rules.REMOVED_BEFORE_SUNSET, Pointer.child(pointer, "x-sunset"), "",
          was.label() + ": removed before its x-sunset date " + date);
    } else {
      context.report(Rules.REMOVED_WITH_DEPRECATION, Pointer.child(pointer, "x-sunset"), "",
          was.label() + ": removed after its deprecation and x-sunset date " + date);
    }
  }

  /** The v1alpha relaxation applies only when asked for, and only to operations the base answers in v1alpha. */
  private boolean relaxed(ApiOperation was) {
    if (!options.relaxAlpha()) {
      return false;
    }
    JsonNode responses = was.node().value().path("responses");
    for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> response = it.next();
      JsonNode resolved = base.resolve(response.getValue(), "").value();
      if (response.getKey().startsWith("2") && resolved != null) {
        for (Iterator<String> types = resolved.path("content").fieldNames(); types.hasNext(); ) {
          if (types.next().contains(ALPHA_MEDIA_MARK)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Map<String, ApiOperation> operations(Document document) {
    Map<String, ApiOperation> operations = new LinkedHashMap<>();
    JsonNode paths = document.root().path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      Node item = document.resolve(path.getValue(), Pointer.child("/paths", path.getKey()));
      for (String method : METHODS) {
        if (item.has(method)) {
          ApiOperation operation = new ApiOperation(path.getKey(), method, item.child(method), item);
          operations.putIfAbsent(operation.key(), operation);
        }
      }
    }
    return operations;
  }
}
