package io.activations.contract.mock.internal;

/**
 * Where a page starts, as a cursor encodes it: {@code forward} reads from the item with sequence
 * number {@code seq} onwards; otherwise it reads the items just before {@code seq}. Sequence
 * numbers never change and are never reused, so a position survives inserts and deletes.
 */
record PagePosition(boolean forward, long seq) {

  static final PagePosition FIRST = new PagePosition(true, 0);
}
