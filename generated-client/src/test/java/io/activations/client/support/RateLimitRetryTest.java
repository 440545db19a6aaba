package io.activations.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.RemoveActivationFromAudience200Response;
import io.activations.client.testing.LoopbackServer;
import io.activations.client.testing.StubResponse;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RateLimitRetryTest {

    private final List<Duration> sleeps = new ArrayList<>();
    private final RateLimitRetry.Sleeper recordingSleeper = sleeps::add;

    @Test
    void call_answered429ThenOk_waitsRetryAfterAndReturnsTheAnswer() throws Exception {
        ScriptedCall call = new ScriptedCall(tooManyRequests(Map.of("Retry-After", "7")), "ok");
        RateLimitRetry retry = RateLimitRetry.builder().sleeper(recordingSleeper).build();

        String result = retry.call(call);

        assertThat(result).isEqualTo("ok");
        assertThat(call.calls).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void call_alwaysAnswered429_givesUpAfterMaxAttemptsWithTheLast429() {
        ApiException last = tooManyRequests(Map.of("Retry-After", "3"));
        ScriptedCall call = new ScriptedCall(tooManyRequests(Map.of("Retry-After", "1")), tooManyRequests(Map.of("Retry-After", "2")), last);
        RateLimitRetry retry = RateLimitRetry.builder().maxAttempts(3).sleeper(recordingSleeper).build();

        ApiException thrown = catchThrowableOfType(ApiException.class, () -> retry.call(call));

        assertThat(thrown).isSameAs(last);
        assertThat(call.calls).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void call_whenTheNextWaitWouldPassMaxTotalWait_throwsWithoutWaiting() {
        ApiException second = tooManyRequests(Map.of("Retry-After", "30"));
        ScriptedCall call = new ScriptedCall(tooManyRequests(Map.of("Retry-After", "20")), second, "never reached");
        RateLimitRetry retry = RateLimitRetry.builder()
                .maxAttempts(5).maxTotalWait(Duration.ofSeconds(45)).sleeper(recordingSleeper).build();

        ApiException thrown = catchThrowableOfType(ApiException.class, () -> retry.call(call));

        assertThat(thrown).isSameAs(second);
        assertThat(call.calls).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void call_answeredAnotherError_throwsItAtOnce() {
        for (int status : new int[] {400, 401, 404, 409, 422, 500, 503}) {
            ApiException failure = new ApiException(status, "failed", headers(Map.of("Retry-After", "1")), "{}");
            ScriptedCall call = new ScriptedCall(failure, "never reached");
            RateLimitRetry retry = RateLimitRetry.builder().sleeper(recordingSleeper).build();

            ApiException thrown = catchThrowableOfType(ApiException.class, () -> retry.call(call));

            assertThat(thrown).as("status %d", status).isSameAs(failure);
            assertThat(call.calls).as("calls after %d", status).isEqualTo(1);
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void call_429WithoutRetryAfter_waitsUntilTheWindowResets() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-12-31T23:59:20Z"), ZoneOffset.UTC);
        ScriptedCall call = new ScriptedCall(tooManyRequests(Map.of("X-RateLimit-Reset", "Tue, 31 Dec 2024 23:59:59 GMT")), "ok");
        RateLimitRetry retry = RateLimitRetry.builder().clock(clock).sleeper(recordingSleeper).build();

        retry.call(call);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(39));
    }

    @Test
    void call_429WithoutAnyWaitHeader_waitsTheFallback() throws Exception {
        ScriptedCall call = new ScriptedCall(tooManyRequests(Map.of()), "ok");
        RateLimitRetry retry = RateLimitRetry.builder().fallbackWait(Duration.ofMillis(1500)).sleeper(recordingSleeper).build();

        retry.call(call);

        assertThat(sleeps).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void call_interruptedWhileWaiting_throwsThe429AndKeepsTheInterrupt() {
        ApiException first = tooManyRequests(Map.of("Retry-After", "5"));
        ScriptedCall call = new ScriptedCall(first, "never reached");
        RateLimitRetry retry = RateLimitRetry.builder().sleeper(duration -> {
            throw new InterruptedException("stop");
        }).build();

        try {
            ApiException thrown = catchThrowableOfType(ApiException.class, () -> retry.call(call));

            assertThat(thrown).isSameAs(first);
            assertThat(thrown.getSuppressed()).hasOnlyElementsOfType(InterruptedException.class).hasSize(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(call.calls).isEqualTo(1);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void builder_rejectsBoundsThatCannotWork() {
        assertThatThrownBy(() -> RateLimitRetry.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimitRetry.builder().maxTotalWait(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimitRetry.builder().fallbackWait(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void call_throughTheGeneratedClient_repeatsTheRequestAfterA429() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.json(429, "{\"errors\":[{\"type\":\"RequestError\",\"message\":\"Too many requests\"}]}")
                    .withHeader("Retry-After", "2"));
            server.enqueue(StubResponse.of(200, "application/vnd.segment.v1alpha+json", "{\"data\":{\"status\":\"SUCCESS\"}}"));
            ActivationsApi api = ActivationsClients.api(server.baseUri(), "token");
            RateLimitRetry retry = RateLimitRetry.builder().sleeper(recordingSleeper).build();

            RemoveActivationFromAudience200Response answer =
                    retry.call(() -> api.removeActivationFromAudience("spa_1", "aud_1", "act_1"));

            assertThat(answer.getData().getStatus()).isEqualTo("SUCCESS");
            assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.method()).isEqualTo("DELETE");
                assertThat(request.rawPath()).isEqualTo("/spaces/spa_1/audiences/aud_1/activations/act_1");
            });
            assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        }
    }

    private static ApiException tooManyRequests(Map<String, String> headers) {
        return new ApiException(429, "Too many requests", headers(headers), "{\"errors\":[{\"type\":\"RequestError\"}]}");
    }

    private static HttpHeaders headers(Map<String, String> headers) {
        Map<String, List<String>> multi = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return HttpHeaders.of(multi, (name, value) -> true);
    }

    /** Answers each call with the next scripted outcome: an ApiException is thrown, anything else returned. */
    private static final class ScriptedCall implements RateLimitRetry.ApiCall<String> {
        private final Deque<Object> outcomes;
        private int calls;

        ScriptedCall(Object... outcomes) {
            this.outcomes = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public String call() throws ApiException {
            calls++;
            Object outcome = outcomes.removeFirst();
            if (outcome instanceof ApiException failure) {
                throw failure;
            }
            return (String) outcome;
        }
    }
}
