package io.activations.client.support;

import io.activations.client.ApiException;

/**
 * A page could not be read while iterating a list operation. Iterators and streams cannot throw
 * checked exceptions, so the client's {@link ApiException} travels inside this one.
 */
public final class PageFetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient String cursor;

    PageFetchException(String operationId, String cursor, ApiException cause) {
        super(operationId + " failed while reading the page "
                + (cursor == null ? "after none (the first page)" : "at cursor " + cursor)
                + ": HTTP " + cause.getCode(), cause);
        this.cursor = cursor;
    }

    /** The failure of the generated client, with the status, headers and body of the answer. */
    public ApiException apiException() {
        return (ApiException) getCause();
    }

    /** The cursor of the page that failed; null for the first page. */
    public String cursor() {
        return cursor;
    }
}
