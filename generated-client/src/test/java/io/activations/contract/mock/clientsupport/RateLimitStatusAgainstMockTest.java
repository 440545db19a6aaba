package io.activations.contract.mock.clientsupport;

import static io.activations.contract.mock.clientsupport.MockClient.ACTIVATION;
import static io.activations.contract.mock.clientsupport.MockClient.AUDIENCE;
import static io.activations.contract.mock.clientsupport.MockClient.SPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.support.RateLimitStatus;
import io.activations.contract.mock.ManualClock;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.MockServerExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitStatusAgainstMockTest {

    private static final String OPERATION = "getActivationFromAudience";

    @RegisterExtension
    static final MockServerExtension MOCK =
            MockServerExtension.configured(mock -> mock.clock(new ManualClock(Instant.parse("2024-12-31T23:58:30Z"))));

    private ManualClock clock;
    private ActivationsApi api;

    @BeforeEach
    void clientOf(MockServer mock, ManualClock mockClock) {
        clock = mockClock;
        api = MockClient.api(mock);
    }

    @Test
    void successfulCalls_reportTheBudgetOfTheirWindow() throws Exception {
        int limit = MockClient.limitPerMinute(OPERATION);
        Instant start = clock.instant();

        api.getActivationFromAudienceWithHttpInfo(SPACE, AUDIENCE, ACTIVATION);
        clock.advance(Duration.ofSeconds(10));
        RateLimitStatus status = RateLimitStatus.of(api.getActivationFromAudienceWithHttpInfo(SPACE, AUDIENCE, ACTIVATION));

        assertThat(status.consumed()).hasValue(2);
        assertThat(status.remaining()).hasValue(limit - 2);
        assertThat(status.isExhausted()).isFalse();
        assertThat(status.reset()).hasValueSatisfying(reset -> assertThat(reset).isAfter(clock.instant()).isBeforeOrEqualTo(start.plus(Duration.ofMinutes(1))));
        assertThat(status.retryAfter()).isEmpty();
    }

    @Test
    void aCallBeyondTheLimit_reportsExhaustionAndWhenToComeBack() throws Exception {
        int limit = MockClient.limitPerMinute(OPERATION);
        for (int i = 0; i < limit; i++) {
            api.getActivationFromAudience(SPACE, AUDIENCE, ACTIVATION);
        }
        clock.advance(Duration.ofSeconds(20));

        ApiException tooMany = catchThrowableOfType(ApiException.class, () -> api.getActivationFromAudience(SPACE, AUDIENCE, ACTIVATION));
        RateLimitStatus status = RateLimitStatus.of(tooMany);

        assertThat(tooMany.getCode()).isEqualTo(429);
        assertThat(status.isExhausted()).isTrue();
        Duration untilReset = status.untilReset(clock.instant()).orElseThrow();
        assertThat(status.retryAfter()).hasValueSatisfying(retryAfter -> assertThat(retryAfter)
                .isPositive()
                .isBetween(untilReset.minusSeconds(1), untilReset.plusSeconds(1)));
    }
}
