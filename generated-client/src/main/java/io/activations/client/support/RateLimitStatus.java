package io.activations.client.support;

import io.activations.client.ApiException;
import io.activations.client.ApiResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rate-limit state a response reports: {@code X-RateLimit-Consumed} (requests used in the
 * current window), {@code X-RateLimit-Remaining} (requests left), {@code X-RateLimit-Reset} (when
 * the window ends, an HTTP date) and, on a 429, {@code Retry-After} (whole seconds).
 *
 * <p>Reading is lenient: a header that is missing or cannot be read is empty here rather than an
 * error, because a client must keep working when a server leaves one out. Whether a server sends
 * them as the spec says is for the contract suite to judge.
 *
 * @param consumed   {@code X-RateLimit-Consumed}
 * @param remaining  {@code X-RateLimit-Remaining}
 * @param reset      {@code X-RateLimit-Reset}
 * @param retryAfter {@code Retry-After}
 */
public record RateLimitStatus(OptionalLong consumed, OptionalLong remaining, Optional<Instant> reset,
                              Optional<Duration> retryAfter) {

    public static final String CONSUMED = "X-RateLimit-Consumed";
    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String RESET = "X-RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";

    public RateLimitStatus {
        Objects.requireNonNull(consumed, "consumed");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(reset, "reset");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** The status of a successful call made with a {@code ...WithHttpInfo} method. */
    public static RateLimitStatus of(ApiResponse<?> response) {
        return fromHeaders(response.getHeaders());
    }

    /** The status of a failed call; all empty when the call failed before any response arrived. */
    public static RateLimitStatus of(ApiException exception) {
        return exception.getResponseHeaders() == null
                ? fromHeaders(Map.of())
                : fromHeaders(exception.getResponseHeaders().map());
    }

    /** Reads the headers of a response; names are matched without regard to case. */
    public static RateLimitStatus fromHeaders(Map<String, ? extends List<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        return new RateLimitStatus(
                count(first(headers, CONSUMED)),
                count(first(headers, REMAINING)),
                first(headers, RESET).flatMap(RateLimitStatus::httpDate),
                count(first(headers, RETRY_AFTER)).stream().mapToObj(Duration::ofSeconds).findFirst());
    }

    /** True when the server said no request is left in the current window. */
    public boolean isExhausted() {
        return remaining.isPresent() && remaining.getAsLong() == 0;
    }

    /** How long until the window resets, seen from {@code now}; zero once it has passed. */
    public Optional<Duration> untilReset(Instant now) {
        return reset.map(at -> now.isBefore(at) ? Duration.between(now, at) : Duration.ZERO);
    }

    private static Optional<String> first(Map<String, ? extends List<String>> headers, String name) {
        for (Map.Entry<String, ? extends List<String>> header : headers.entrySet()) {
            if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)
                    && header.getValue() != null && !header.getValue().isEmpty()) {
                return Optional.ofNullable(header.getValue().get(0)).map(String::trim);
            }
        }
        return Optional.empty();
    }

    /** A non-negative whole number, as all three counters and Retry-After are declared. */
    private static OptionalLong count(Optional<String> value) {
        if (value.isEmpty() || !value.get().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value.get()));
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
