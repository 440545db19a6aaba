package io.activations.contract.mock.clientsupport;

import static io.activations.contract.mock.clientsupport.MockClient.ACTIVATION;
import static io.activations.contract.mock.clientsupport.MockClient.AUDIENCE;
import static io.activations.contract.mock.clientsupport.MockClient.SPACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.GetActivationFromAudience200Response;
import io.activations.client.support.RateLimitRetry;
import io.activations.client.support.RateLimitStatus;
import io.activations.contract.mock.ManualClock;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.MockServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retry policy against the mock's real rate limiter; waiting advances the mock's clock instead of sleeping. */
class RateLimitRetryAgainstMockTest {

    private static final String OPERATION = "getActivationFromAudience";

    @RegisterExtension
    static final MockServerExtension MOCK =
            MockServerExtension.configured(mock -> mock.clock(new ManualClock(Instant.parse("2024-12-31T23:58:30Z"))));

    private final List<Duration> waits = new ArrayList<>();
    private ManualClock clock;
    private ActivationsApi api;

    @BeforeEach
    void clientOf(MockServer mock, ManualClock mockClock) {
        clock = mockClock;
        api = MockClient.api(mock);
    }

    @Test
    void call_onceTheBudgetIsSpent_waitsRetryAfterAndSucceedsInTheNextWindow() throws Exception {
        // given the operation's whole budget spent 15 seconds ago
        spendTheBudget();
        clock.advance(Duration.ofSeconds(15));
        Duration retryAfter = RateLimitStatus.of(catchThrowableOfType(ApiException.class,
                () -> api.getActivationFromAudience(SPACE, AUDIENCE, ACTIVATION))).retryAfter().orElseThrow();
        RateLimitRetry retry = RateLimitRetry.builder().clock(clock).sleeper(this::waitOnTheMocksClock).build();

        // when
        GetActivationFromAudience200Response answer = retry.call(() -> api.getActivationFromAudience(SPACE, AUDIENCE, ACTIVATION));

        // then
        assertThat(answer.getData().getActivation().getId()).isEqualTo(ACTIVATION);
        assertThat(waits).containsExactly(retryAfter);
        RateLimitStatus afterwards = RateLimitStatus.of(api.getActivationFromAudienceWithHttpInfo(SPACE, AUDIENCE, ACTIVATION));
        assertThat(afterwards.consumed()).as("the retried call and this one, in a fresh window").hasValue(2);
    }

    @Test
    void call_whenRetryAfterIsLongerThanTheTotalWaitAllowed_throwsThe429WithoutWaiting() throws Exception {
        spendTheBudget();
        RateLimitRetry retry = RateLimitRetry.builder()
                .maxTotalWait(Duration.ofSeconds(1)).clock(clock).sleeper(this::waitOnTheMocksClock).build();

        ApiException thrown = catchThrowableOfType(ApiException.class,
                () -> retry.call(() -> api.getActivationFromAudience(SPACE, AUDIENCE, ACTIVATION)));

        assertThat(thrown.getCode()).isEqualTo(429);
        assertThat(RateLimitStatus.of(thrown).retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(1)));
        assertThat(waits).isEmpty();
    }

    @Test
    void call_answeredNotFound_isNotRepeated() {
        RateLimitRetry retry = RateLimitRetry.builder().clock(clock).sleeper(this::waitOnTheMocksClock).build();

        ApiException thrown = catchThrowableOfType(ApiException.class,
                () -> retry.call(() -> api.getActivationFromAudience(SPACE, AUDIENCE, "act_does_not_exist")));

        assertThat(thrown.getCode()).isEqualTo(404);
        assertThat(waits).isEmpty();
    }

    private void spendTheBudget() throws ApiException {
        for (int i = 0; i < MockClient.limitPerMinute(OPERATION); i++) {
            api.getActivationFromAudience(SPACE, AUDIENCE, ACTIVATION);
        }
    }

    private void waitOnTheMocksClock(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
    }
}
