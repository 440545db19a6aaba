package io.activations.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.client.ApiException;
import io.activations.client.ApiResponse;
import io.activations.client.api.ActivationsApi;
import io.activations.client.testing.LoopbackServer;
import io.activations.client.testing.StubResponse;
import io.activations.contract.spec.Spec;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RateLimitStatusTest {

    private static final JsonNode SPEC_HEADERS = Spec.bundled().document().path("components").path("headers");

    @Test
    void fromHeaders_withTheSpecsHeaderExamples_readsEveryValue() {
        // given the example of every rate-limit header the spec declares
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : List.of(RateLimitStatus.CONSUMED, RateLimitStatus.REMAINING, RateLimitStatus.RESET, RateLimitStatus.RETRY_AFTER)) {
            JsonNode example = SPEC_HEADERS.path(name).path("example");
            assertThat(example.isMissingNode()).as("the spec declares %s with an example", name).isFalse();
            headers.put(name, List.of(example.asText()));
        }

        // when
        RateLimitStatus status = RateLimitStatus.fromHeaders(headers);

        // then
        assertThat(status.consumed()).hasValue(SPEC_HEADERS.path(RateLimitStatus.CONSUMED).path("example").asLong());
        assertThat(status.remaining()).hasValue(SPEC_HEADERS.path(RateLimitStatus.REMAINING).path("example").asLong());
        assertThat(status.reset()).contains(ZonedDateTime.parse(SPEC_HEADERS.path(RateLimitStatus.RESET).path("example").asText(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        assertThat(status.retryAfter()).contains(Duration.ofSeconds(SPEC_HEADERS.path(RateLimitStatus.RETRY_AFTER).path("example").asLong()));
    }

    @Test
    void fromHeaders_matchesHeaderNamesWithoutRegardToCase() {
        RateLimitStatus status = RateLimitStatus.fromHeaders(Map.of(
                "x-ratelimit-consumed", List.of("7"), "X-RATELIMIT-REMAINING", List.of("43"), "retry-after", List.of("5")));

        assertThat(status.consumed()).hasValue(7);
        assertThat(status.remaining()).hasValue(43);
        assertThat(status.retryAfter()).contains(Duration.ofSeconds(5));
    }

    @Test
    void fromHeaders_withMissingOrUnreadableValues_leavesThemEmpty() {
        RateLimitStatus status = RateLimitStatus.fromHeaders(Map.of(
                RateLimitStatus.CONSUMED, List.of("-1"), RateLimitStatus.REMAINING, List.of("many"),
                RateLimitStatus.RESET, List.of("tomorrow"), RateLimitStatus.RETRY_AFTER, List.of()));

        assertThat(status).isEqualTo(new RateLimitStatus(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty()));
        assertThat(status.isExhausted()).isFalse();
    }

    @Test
    void isExhausted_whenNothingRemains_isTrue() {
        assertThat(RateLimitStatus.fromHeaders(Map.of(RateLimitStatus.REMAINING, List.of("0"))).isExhausted()).isTrue();
        assertThat(RateLimitStatus.fromHeaders(Map.of(RateLimitStatus.REMAINING, List.of("1"))).isExhausted()).isFalse();
    }

    @Test
    void untilReset_isTheTimeLeftAndNeverNegative() {
        RateLimitStatus status = RateLimitStatus.fromHeaders(Map.of(RateLimitStatus.RESET, List.of("Tue, 31 Dec 2024 23:59:59 GMT")));
        Instant reset = Instant.parse("2024-12-31T23:59:59Z");

        assertThat(status.untilReset(reset.minusSeconds(42))).contains(Duration.ofSeconds(42));
        assertThat(status.untilReset(reset.plusSeconds(5))).contains(Duration.ZERO);
    }

    @Test
    void of_aSuccessfulCall_readsTheResponseHeaders() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.of(200, "application/vnd.segment.v1alpha+json", "{\"data\":{\"status\":\"SUCCESS\"}}")
                    .withHeader(RateLimitStatus.CONSUMED, "3")
                    .withHeader(RateLimitStatus.REMAINING, "47")
                    .withHeader(RateLimitStatus.RESET, "Tue, 31 Dec 2024 23:59:59 GMT"));
            ActivationsApi api = ActivationsClients.api(server.baseUri(), "token");

            ApiResponse<?> response = api.removeActivationFromAudienceWithHttpInfo("spa_1", "aud_1", "act_1");
            RateLimitStatus status = RateLimitStatus.of(response);

            assertThat(status.consumed()).hasValue(3);
            assertThat(status.remaining()).hasValue(47);
            assertThat(status.reset()).contains(Instant.parse("2024-12-31T23:59:59Z"));
            assertThat(status.retryAfter()).isEmpty();
        }
    }

    @Test
    void of_aTooManyRequestsFailure_readsRetryAfter() throws Exception {
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.json(429, "{\"errors\":[{\"type\":\"RequestError\"}]}")
                    .withHeader(RateLimitStatus.REMAINING, "0")
                    .withHeader(RateLimitStatus.RETRY_AFTER, "12"));
            ActivationsApi api = ActivationsClients.api(server.baseUri(), "token");

            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> api.getActivationFromAudience("spa_1", "aud_1", "act_1"));
            RateLimitStatus status = RateLimitStatus.of(failure);

            assertThat(failure.getCode()).isEqualTo(429);
            assertThat(status.isExhausted()).isTrue();
            assertThat(status.retryAfter()).contains(Duration.ofSeconds(12));
        }
    }

    @Test
    void of_aFailureWithoutResponse_isEmpty() {
        RateLimitStatus status = RateLimitStatus.of(new ApiException(new IOException("connection refused")));

        assertThat(status.consumed()).isEmpty();
        assertThat(status.remaining()).isEmpty();
        assertThat(status.reset()).isEmpty();
        assertThat(status.retryAfter()).isEmpty();
    }
}
