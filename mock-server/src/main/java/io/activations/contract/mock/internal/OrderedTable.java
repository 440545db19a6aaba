package io.activations.contract.mock.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Items in creation order, each under the sequence number it got when it was added; cursors built
 * on those numbers stay valid while items come and go (keyset pagination).
 *
 * <p>Lookup by id decodes the sequence number that generated ids carry (see {@link Ids}); only
 * ids of another shape (the fixtures') need the small hash index. New items therefore only ever
 * touch the right edge of one tree, which keeps load tests free of rehash stalls and keeps
 * garbage-collection pauses flat as the table grows. Not thread safe: its owner guards it.
 */
final class OrderedTable<T> {

  private final String idPrefix;
  private final Function<T, String> idOf;
  private final TreeMap<Long, T> bySeq = new TreeMap<>();
  private final Map<String, Long> otherIds = new HashMap<>();

  OrderedTable(String idPrefix, Function<T, String> idOf) {
    this.idPrefix = idPrefix;
    this.idOf = idOf;
  }

  void add(long seq, T item) {
    String id = idOf.apply(item);
    bySeq.put(seq, item);
    if (Ids.seqOf(idPrefix, id) != seq) {
      otherIds.put(id, seq);
    }
  }

  T get(String id) {
    long seq = seqOf(id);
    return seq < 0 ? null : bySeq.get(seq);
  }

  /** Replaces the item with that id, keeping its position. */
  void replace(String id, T item) {
    long seq = seqOf(id);
    if (seq < 0) {
      throw new IllegalStateException("no item " + id + " to replace");
    }
    bySeq.put(seq, item);
  }

  T remove(String id) {
    long seq = seqOf(id);
    if (seq < 0) {
      return null;
    }
    otherIds.remove(id);
    return bySeq.remove(seq);
  }

  int size() {
    return bySeq.size();
  }

  /** The sequence number of the item with this id, or -1 when there is none. */
  private long seqOf(String id) {
    long seq = Ids.seqOf(idPrefix, id);
    if (seq >= 0) {
      T item = bySeq.get(seq);
      if (item != null && idOf.apply(item).equals(id)) {
        return seq;
      }
    }
    Long other = otherIds.get(id);
    return other == null ? -1 : other;
  }

  Page<T> page(PagePosition position, int count) {
    NavigableMap<Long, T> window = position.forward()
        ? bySeq.tailMap(position.seq(), true)
        : bySeq.headMap(position.seq(), false).descendingMap();
    List<Long> seqs = new ArrayList<>(Math.min(count, 64));
    List<T> items = new ArrayList<>(Math.min(count, 64));
    for (Map.Entry<Long, T> entry : window.entrySet()) {
      if (items.size() == count) {
        break;
      }
      seqs.add(entry.getKey());
      items.add(entry.getValue());
    }
    if (!position.forward()) {
      Collections.reverse(seqs);
      Collections.reverse(items);
    }
    if (items.isEmpty()) {
      return emptyPage(position);
    }
    long first = seqs.get(0);
    long last = seqs.get(seqs.size() - 1);
    PagePosition next = bySeq.higherKey(last) == null ? null : new PagePosition(true, last + 1);
    PagePosition previous = bySeq.lowerKey(first) == null ? null : new PagePosition(false, first);
    return new Page<>(List.copyOf(items), new PagePosition(true, first), next, previous, bySeq.size());
  }

  /** A page past either end: it still points back to the items that exist on the other side. */
  private Page<T> emptyPage(PagePosition position) {
    if (position.forward()) {
      PagePosition previous = bySeq.lowerKey(position.seq()) == null ? null : new PagePosition(false, position.seq());
      return new Page<>(List.of(), position, null, previous, bySeq.size());
    }
    PagePosition next = bySeq.ceilingKey(position.seq()) == null ? null : new PagePosition(true, position.seq());
    return new Page<>(List.of(), PagePosition.FIRST, next, null, bySeq.size());
  }
}
