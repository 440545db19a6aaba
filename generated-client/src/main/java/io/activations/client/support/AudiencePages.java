package io.activations.client.support;

import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.model.ListActivationsFromAudience200Response;
import io.activations.client.model.ListActivationsFromAudienceAlphaOutput;
import io.activations.client.model.ListDestinationsFromAudience200Response;
import io.activations.client.model.ListDestinationsFromAudienceAlphaOutput;
import io.activations.client.model.PaginationOutput;
import io.activations.client.model.SimpleDestination;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of the audience's two paginated lists, {@code listActivationsFromAudience} and
 * {@code listDestinationsFromAudience}, as a lazy stream: pages are read only as the stream is
 * consumed, each with the cursor the previous page named in {@code pagination.next}.
 *
 * <pre>{@code
 * AudiencePages pages = AudiencePages.of(api).pageSize(100).retrying(RateLimitRetry.builder().build());
 * List<ActivationOutput> all = pages.activations(spaceId, audienceId).toList();
 * }</pre>
 *
 * <p>A page that cannot be read ends the stream with a {@link PageFetchException}. Instances are
 * immutable; the streams they return are not thread safe.
 */
public final class AudiencePages {

    /** The bounds of {@code pagination.count} in the spec. */
    public static final int MIN_PAGE_SIZE = 1;
    public static final int MAX_PAGE_SIZE = 1000;

    private static final RateLimitRetry SINGLE_ATTEMPT = RateLimitRetry.builder().maxAttempts(1).build();

    private final ActivationsApi api;
    private final Integer pageSize;
    private final RateLimitRetry retry;

    private AudiencePages(ActivationsApi api, Integer pageSize, RateLimitRetry retry) {
        this.api = api;
        this.pageSize = pageSize;
        this.retry = retry;
    }

    /** Pages of the server's default size (200 items), each read once without retrying. */
    public static AudiencePages of(ActivationsApi api) {
        return new AudiencePages(Objects.requireNonNull(api, "api"), null, SINGLE_ATTEMPT);
    }

    /** The same, asking for {@code pageSize} items a page ({@code pagination.count}). */
    public AudiencePages pageSize(int pageSize) {
        if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "page size must be within " + MIN_PAGE_SIZE + ".." + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        return new AudiencePages(api, pageSize, retry);
    }

    /** The same, reading each page through {@code retry} so a 429 is waited out. */
    public AudiencePages retrying(RateLimitRetry retry) {
        return new AudiencePages(api, pageSize, Objects.requireNonNull(retry, "retry"));
    }

    /** Every activation of the audience, across all its connections. */
    public Stream<ActivationOutput> activations(String spaceId, String audienceId) {
        requireIds(spaceId, audienceId);
        return stream(new PageIterator<ListActivationsFromAudience200Response, ActivationOutput>(
                "listActivationsFromAudience",
                cursor -> retry.call(() -> api.listActivationsFromAudience(spaceId, audienceId, pageSize, cursor)),
                page -> Optional.ofNullable(page.getData()).map(ListActivationsFromAudienceAlphaOutput::getActivations).orElse(List.of()),
                page -> Optional.ofNullable(page.getData()).map(ListActivationsFromAudienceAlphaOutput::getPagination)
                        .flatMap(AudiencePages::nextCursor)));
    }

    /** Every connection of the audience to a destination. */
    public Stream<SimpleDestination> destinations(String spaceId, String audienceId) {
        requireIds(spaceId, audienceId);
        return stream(new PageIterator<ListDestinationsFromAudience200Response, SimpleDestination>(
                "listDestinationsFromAudience",
                cursor -> retry.call(() -> api.listDestinationsFromAudience(spaceId, audienceId, pageSize, cursor)),
                page -> Optional.ofNullable(page.getData()).map(ListDestinationsFromAudienceAlphaOutput::getConnections).orElse(List.of()),
                page -> Optional.ofNullable(page.getData()).map(ListDestinationsFromAudienceAlphaOutput::getPagination)
                        .flatMap(AudiencePages::nextCursor)));
    }

    /** Absent and null both mean "last page"; an empty cursor could not be sent back either. */
    private static Optional<String> nextCursor(PaginationOutput pagination) {
        return Optional.ofNullable(pagination.getNext()).filter(next -> !next.isEmpty());
    }

    private static void requireIds(String spaceId, String audienceId) {
        Objects.requireNonNull(spaceId, "spaceId");
        Objects.requireNonNull(audienceId, "audienceId");
    }

    private static <T> Stream<T> stream(Iterator<T> items) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }
}
