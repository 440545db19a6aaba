package io.activations.client.support;

import io.activations.client.ApiException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The items of a cursor-paginated list, read lazily one page at a time: the first page without a
 * cursor, each further page with the previous page's {@code pagination.next}, until that is absent
 * or null. A server that hands out a cursor it already gave would make this loop forever; it is
 * reported as an {@link IllegalStateException} instead.
 *
 * @param <P> the generated response type of one page
 * @param <T> the item type
 */
final class PageIterator<P, T> implements Iterator<T> {

    /** Reads one page; the cursor is null for the first page. */
    @FunctionalInterface
    interface PageReader<P> {
        P read(String cursor) throws ApiException;
    }

    private final String operationId;
    private final PageReader<P> reader;
    private final Function<P, List<T>> items;
    private final Function<P, Optional<String>> next;
    private final Deque<T> buffer = new ArrayDeque<>();
    private final Set<String> cursorsSeen = new HashSet<>();
    private String cursor;
    private boolean lastPageRead;

    PageIterator(String operationId, PageReader<P> reader, Function<P, List<T>> items,
                 Function<P, Optional<String>> next) {
        this.operationId = operationId;
        this.reader = reader;
        this.items = items;
        this.next = next;
    }

    @Override
    public boolean hasNext() {
        // a page may be empty yet point to a further page, so keep reading until an item or the end
        while (buffer.isEmpty() && !lastPageRead) {
            readPage();
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(operationId + " has no further item");
        }
        return buffer.removeFirst();
    }

    private void readPage() {
        P page;
        try {
            page = reader.read(cursor);
        } catch (ApiException e) {
            throw new PageFetchException(operationId, cursor, e);
        }
        List<T> pageItems = page == null ? null : items.apply(page);
        if (pageItems != null) {
            pageItems.forEach(buffer::addLast);
        }
        Optional<String> following = page == null ? Optional.empty() : next.apply(page);
        if (following.isEmpty()) {
            lastPageRead = true;
            return;
        }
        if (!cursorsSeen.add(following.get())) {
            throw new IllegalStateException(operationId + " returned pagination.next " + following.get()
                    + " a second time; following it would never end");
        }
        cursor = following.get();
    }
}
