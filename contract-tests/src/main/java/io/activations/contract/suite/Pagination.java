package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pagination contract of a list operation (a GET with a count and a cursor query parameter
 * whose answer holds an array): walking every page with small page sizes returns each item
 * exactly once and ends, and a cursor the server did not issue is refused.
 */
final class Pagination {

  /** Page sizes walked: 1 makes every item a page boundary, 2 and 3 leave remainders. */
  static final List<Integer> PAGE_SIZES = List.of(1, 2, 3);
  /** Items the walk wants to exist, created when fewer do and writes are on. */
  static final int WANTED_ITEMS = 5;
  /** The count that reads the whole list in one page. */
  static final int FULL_PAGE = 1000;

  /**
   * How an operation pages.
   *
   * @param operation the list operation
   * @param count the page-size query parameter
   * @param cursor the cursor query parameter
   * @param items the field of {@code data} holding the page's items
   * @param collection the path segment naming what is listed
   */
  record Shape(SpecOperation operation, String count, String cursor, String items, String collection) {}

  private Pagination() {}

  static boolean isCursor(String parameter) {
    return parameter.endsWith("cursor");
  }

  static boolean isCount(String parameter) {
    return parameter.endsWith("count");
  }

  static Optional<Shape> shape(SpecDocument document, SpecOperation operation) {
    if (!"GET".equals(operation.method())) {
      return Optional.empty();
    }
    String count = null;
    String cursor = null;
    for (SpecDocument.Parameter parameter : document.parameters(operation, "query")) {
      count = isCount(parameter.name()) ? parameter.name() : count;
      cursor = isCursor(parameter.name()) ? parameter.name() : cursor;
    }
    JsonNode ok = document.resolve(document.operationNode(operation).path("responses").path("200"));
    Iterator<JsonNode> media = ok.path("content").elements();
    if (count == null || cursor == null || !media.hasNext()) {
      return Optional.empty();
    }
    JsonNode data = document.resolve(document.resolve(media.next().path("schema")).path("properties").path("data"));
    for (Map.Entry<String, JsonNode> property : data.path("properties").properties()) {
      if (SpecDocument.types(document.resolve(property.getValue())).contains("array")) {
        String[] segments = operation.pathTemplate().split("/");
        return Optional.of(new Shape(operation, count, cursor, property.getKey(), segments[segments.length - 1]));
      }
    }
    return Optional.empty();
  }

  static List<ContractCase> plan(Shape shape) {
    List<ContractCase> cases = new ArrayList<>();
    String group = shape.operation().operationId();
    for (int size : PAGE_SIZES) {
      cases.add(new ContractCase(group, "pagination: every page of " + shape.count() + "=" + size + " holds each item exactly once",
          Set.of(), run -> walk(run, shape, size)));
    }
    cases.add(new ContractCase(group, "pagination: a cursor the server did not issue -> 422", Set.of(), run -> {
      ensureItems(run, shape, 2);
      Exchange first = run.send(run.positive(shape.operation()).withQuery(shape.count(), "1"), Expect.ok());
      String next = pagination(run, first).path("next").asText("");
      if (next.isEmpty()) {
        throw run.skipped("the list has a single page, so there is no cursor to tamper with");
      }
      run.send(run.positive(shape.operation()).withQuery(shape.count(), "1").withQuery(shape.cursor(), tamper(next)),
          Expect.house(422, "a tampered cursor"));
    }));
    return cases;
  }

  private static void walk(CaseRun run, Shape shape, int size) {
    List<String> all = ensureItems(run, shape, WANTED_ITEMS);
    List<String> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 1; ; page++) {
      RequestDraft draft = run.positive(shape.operation()).withQuery(shape.count(), Integer.toString(size));
      Exchange exchange = run.require(cursor == null ? draft : draft.withQuery(shape.cursor(), cursor), Expect.ok(),
          "read page " + page + " of " + shape.operation().operationId());
      List<String> ids = ids(run, exchange, shape);
      JsonNode pagination = pagination(run, exchange);
      run.expect(ids.size() <= size, FindingKey.PAGINATION_PAGE_OVERSIZED, "data." + shape.items(),
          "page " + page + " holds " + ids.size() + " items, more than " + shape.count() + "=" + size);
      if (page == 1) {
        run.expect(pagination.path("previous").isMissingNode() || pagination.path("previous").isNull(),
            FindingKey.PAGINATION_PREVIOUS_ON_FIRST_PAGE, "pagination.previous", "the first page names a previous page");
      }
      if (pagination.has("totalEntries") && pagination.get("totalEntries").isNumber()) {
        run.expect(pagination.get("totalEntries").asLong() == all.size(), FindingKey.PAGINATION_TOTAL_ENTRIES_MISMATCH,
            "pagination.totalEntries", "totalEntries is " + pagination.get("totalEntries") + " but the list holds " + all.size());
      }
      seen.addAll(ids);
      String next = pagination.path("next").isTextual() ? pagination.get("next").asText() : "";
      if (next.isEmpty()) {
        break;
      }
      run.expect(!ids.isEmpty(), FindingKey.PAGINATION_PAGE_EMPTY, "data." + shape.items(), "page " + page + " is empty yet names a next page");
      if (!run.expect(page <= all.size() + 1, FindingKey.PAGINATION_WALK_UNBOUNDED, "pagination.next",
          "still a next page after " + page + " pages of " + size + " for " + all.size() + " items")) {
        break;
      }
      cursor = next;
    }
    Set<String> once = new LinkedHashSet<>();
    for (String id : seen) {
      run.expect(once.add(id), FindingKey.PAGINATION_ITEM_REPEATED, id, id + " appeared on more than one page (or twice on a page)");
    }
    for (String id : all) {
      run.expect(once.contains(id), FindingKey.PAGINATION_ITEM_MISSING, id, id + " is in the list but on no page");
    }
    for (String id : once) {
      run.expect(all.contains(id), FindingKey.PAGINATION_ITEM_UNEXPECTED, id, id + " is on a page but not in the full list");
    }
  }

  /** The ids of the whole list, creating items first when fewer than {@code wanted} exist and writes are on. */
  private static List<String> ensureItems(CaseRun run, Shape shape, int wanted) {
    List<String> all = fullList(run, shape);
    Optional<ResourceCatalog.Kind> kind = run.session().catalog().kind(shape.collection());
    if (all.size() >= wanted || kind.isEmpty() || run.session().options().readOnly()) {
      return all;
    }
    for (int i = all.size(); i < wanted; i++) {
      run.session().provisioner().fresh(kind.get(), run);
    }
    return fullList(run, shape);
  }

  private static List<String> fullList(CaseRun run, Shape shape) {
    Exchange exchange = run.require(run.positive(shape.operation()).withQuery(shape.count(), Integer.toString(FULL_PAGE)),
        Expect.ok(), "read the whole list of " + shape.operation().operationId());
    return ids(run, exchange, shape);
  }

  private static List<String> ids(CaseRun run, Exchange exchange, Shape shape) {
    List<String> ids = new ArrayList<>();
    run.json(exchange).ifPresent(body -> body.path("data").path(shape.items()).forEach(item -> ids.add(item.path("id").asText())));
    return ids;
  }

  private static JsonNode pagination(CaseRun run, Exchange exchange) {
    return run.json(exchange).map(body -> body.path("data").path("pagination")).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
  }

  /** A cursor changed so no server could have issued it, yet still a plausible string. */
  static String tamper(String cursor) {
    char last = cursor.charAt(cursor.length() - 1);
    return cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A') + "tampered";
  }
}
