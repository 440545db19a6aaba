package io.activations.contract.mock.internal;

/**
 * How pages served through a cursor go wrong under {@link io.activations.contract.mock.MockFault#PAGE_SKIPPED}
 * and {@link io.activations.contract.mock.MockFault#PAGE_REPEATED}; {@link #NONE} leaves them right.
 *
 * @param skip drop the first item of a page read with a cursor, so it is on no page
 * @param repeat resume a forward cursor one sequence number early, so the previous page's last item comes again
 */
record PageFaults(boolean skip, boolean repeat) {

  static final PageFaults NONE = new PageFaults(false, false);

  PagePosition resume(PagePosition decoded) {
    return repeat && decoded.forward() && decoded.seq() > 0 ? new PagePosition(true, decoded.seq() - 1) : decoded;
  }

  <T> Page<T> served(Page<T> page, boolean viaCursor) {
    if (!skip || !viaCursor || page.items().isEmpty()) {
      return page;
    }
    return new Page<>(page.items().subList(1, page.items().size()), page.current(), page.next(), page.previous(), page.totalEntries());
  }
}
