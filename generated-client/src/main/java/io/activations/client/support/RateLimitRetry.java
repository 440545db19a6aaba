package io.activations.client.support;

import io.activations.client.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Repeats a call that the API answered with 429 Too Many Requests, after waiting as long as the
 * answer asks ({@code Retry-After}; failing that, until {@code X-RateLimit-Reset}; failing both, a
 * fixed fallback). Bounded twice: at most {@code maxAttempts} calls in all, and never more than
 * {@code maxTotalWait} spent waiting; when the next wait would pass that bound the 429 is thrown at
 * once rather than waited for in vain. Any other failure is thrown unchanged on the first attempt.
 *
 * <p>The waiting goes through a {@link Sleeper}, so tests replace it and never sleep. Instances are
 * immutable and thread safe.
 *
 * <pre>{@code
 * RateLimitRetry retry = RateLimitRetry.builder().maxAttempts(3).maxTotalWait(Duration.ofMinutes(2)).build();
 * var activation = retry.call(() -> api.getActivationFromAudience(spaceId, audienceId, id));
 * }</pre>
 */
public final class RateLimitRetry {

    static final int TOO_MANY_REQUESTS = 429;

    private final int maxAttempts;
    private final Duration maxTotalWait;
    private final Duration fallbackWait;
    private final Sleeper sleeper;
    private final Clock clock;

    private RateLimitRetry(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.maxTotalWait = builder.maxTotalWait;
        this.fallbackWait = builder.fallbackWait;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A call of the generated client. */
    @FunctionalInterface
    public interface ApiCall<T> {
        T call() throws ApiException;
    }

    /** How the policy waits; {@link #REAL} sleeps the current thread. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * Runs {@code call}, repeating it while it is answered 429 and the bounds allow.
     *
     * @throws ApiException the last 429 once the bounds are reached (its headers still tell when to
     *                      come back, see {@link RateLimitStatus#of(ApiException)}), or any other
     *                      failure as soon as it happens
     */
    public <T> T call(ApiCall<T> call) throws ApiException {
        Objects.requireNonNull(call, "call");
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (ApiException e) {
                if (e.getCode() != TOO_MANY_REQUESTS || attempt >= maxAttempts) {
                    throw e;
                }
                Duration wait = waitAfter(RateLimitStatus.of(e));
                if (waited.plus(wait).compareTo(maxTotalWait) > 0) {
                    throw e;
                }
                pause(wait, e);
                waited = waited.plus(wait);
            }
        }
    }

    private Duration waitAfter(RateLimitStatus status) {
        return status.retryAfter()
                .or(() -> status.untilReset(clock.instant()))
                .orElse(fallbackWait);
    }

    private void pause(Duration wait, ApiException tooManyRequests) throws ApiException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            tooManyRequests.addSuppressed(interrupted);
            throw tooManyRequests;
        }
    }

    /** Settings of a {@link RateLimitRetry}; the defaults suit an interactive caller. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration maxTotalWait = Duration.ofMinutes(2);
        private Duration fallbackWait = Duration.ofSeconds(1);
        private Sleeper sleeper = Sleeper.REAL;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Calls in all, the first included; 1 means never repeat. Default 3. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The most time spent waiting across all repeats of one call. Default 2 minutes. */
        public Builder maxTotalWait(Duration maxTotalWait) {
            this.maxTotalWait = requireNotNegative(maxTotalWait, "maxTotalWait");
            return this;
        }

        /** The wait when a 429 carries neither Retry-After nor X-RateLimit-Reset. Default 1 second. */
        public Builder fallbackWait(Duration fallbackWait) {
            this.fallbackWait = requireNotNegative(fallbackWait, "fallbackWait");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The clock X-RateLimit-Reset is compared with. Default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public RateLimitRetry build() {
            return new RateLimitRetry(this);
        }

        private static Duration requireNotNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + duration);
            }
            return duration;
        }
    }
}
