package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/** Reads {@code pagination.count} and {@code pagination.cursor} and describes a page as PaginationOutput. */
final class Pagination {

  static final int DEFAULT_COUNT = 200;
  static final int MAX_COUNT = 1000;

  private final Cursors cursors;
  private final PageFaults faults;

  Pagination(Cursors cursors) {
    this(cursors, PageFaults.NONE);
  }

  Pagination(Cursors cursors, PageFaults faults) {
    this.cursors = cursors;
    this.faults = faults;
  }

  /** Where a list's items come from, a page at a time. */
  interface PageSource<T> {
    Page<T> page(PagePosition position, int count);
  }

  /**
   * The page the request asks for, as {@code {<field>: [...], "pagination": {...}}}. The cursor is
   * tied to {@code list} and to the world's generation, so a cursor of another list, or one issued
   * before a reset, is refused.
   */
  <T> ObjectNode page(OperationCall call, String list, String field, PageSource<T> source,
      Function<T, JsonNode> representation) {
    String listKey = call.workspace().generation() + "/" + list;
    String cursor = call.query("pagination.cursor");
    PagePosition position = cursor == null ? PagePosition.FIRST : faults.resume(cursors.decode(listKey, cursor));
    Page<T> page = faults.served(source.page(position, count(call)), cursor != null);
    ObjectNode data = Json.object();
    ArrayNode items = data.putArray(field);
    page.items().forEach(item -> items.add(representation.apply(item)));
    data.set("pagination", describe(page, listKey));
    return data;
  }

  private ObjectNode describe(Page<?> page, String listKey) {
    return Representations.pagination(
        cursors.encode(listKey, page.current()),
        page.next() == null ? null : cursors.encode(listKey, page.next()),
        page.previous() == null ? null : cursors.encode(listKey, page.previous()),
        page.totalEntries());
  }

  /** A single page holding everything, for lists that are never split (the catalogue). */
  ObjectNode whole(String listKey, int totalEntries) {
    return Representations.pagination(cursors.encode(listKey, PagePosition.FIRST), null, null, totalEntries);
  }

  private static int count(OperationCall call) {
    String raw = call.query("pagination.count");
    if (raw == null) {
      return DEFAULT_COUNT;
    }
    try {
      int count = Integer.parseInt(raw.trim());
      if (count >= 1 && count <= MAX_COUNT) {
        return count;
      }
    } catch (NumberFormatException e) {
      // answered below, as any other count outside the range
    }
    throw ApiProblem.unprocessable("pagination.count", "pagination.count must be an integer from 1 to " + MAX_COUNT);
  }
}
