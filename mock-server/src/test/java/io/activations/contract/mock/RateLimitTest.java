package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fixed one-minute windows per token and operation, driven by a manual clock: nothing sleeps. */
class RateLimitTest {

  /** A single-digit day of month, to prove the Reset header keeps its leading zero. */
  private static final Instant START = Instant.parse("2025-03-04T10:15:30.250Z");
  private static final String GET_ACTIVATION = activation(SPACE_A, USERS_AUDIENCE, ACTIVATION);
  private static final int GET_LIMIT = 60;
  private static final int DEFAULT_LIMIT = 5;

  @RegisterExtension
  static final MockServerExtension MOCK = MockServerExtension.configured(builder -> builder
      .clock(new ManualClock(START))
      .defaultRateLimitPerMinute(DEFAULT_LIMIT));

  private RawHttp http;
  private ManualClock clock;

  @BeforeEach
  void setUp(URI baseUri, ManualClock clock) {
    this.http = new RawHttp(baseUri);
    this.clock = clock;
    clock.set(START);
  }

  @Test
  void firstRequest_reportsOneConsumedAndTheWindowEnd() {
    Answer answer = http.get(GET_ACTIVATION);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-RateLimit-Consumed")).isEqualTo("1");
    assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo("59");
    assertThat(answer.header("X-RateLimit-Reset")).isEqualTo("Tue, 04 Mar 2025 10:16:30 GMT");
  }

  @Test
  void consumedPlusRemaining_alwaysEqualsTheLimit() {
    for (int i = 1; i <= GET_LIMIT + 3; i++) {
      Answer answer = http.get(GET_ACTIVATION);

      assertThat(answer.longHeader("X-RateLimit-Consumed") + answer.longHeader("X-RateLimit-Remaining"))
          .as("request %d", i).isEqualTo(GET_LIMIT);
      assertThat(answer.longHeader("X-RateLimit-Consumed")).isEqualTo(Math.min(i, GET_LIMIT));
    }
  }

  @Test
  void requestOverTheLimit_returns429WithRetryAfterAndData() {
    exhaust(GET_ACTIVATION, GET_LIMIT);
    clock.advance(Duration.ofMillis(17_500));

    Answer answer = http.get(GET_ACTIVATION);

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("Retry-After")).isEqualTo("43");
    assertThat(answer.header("X-RateLimit-Consumed")).isEqualTo("60");
    assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo("0");
    JsonNode error = answer.firstError();
    assertThat(error.path("type").asText()).isEqualTo("RequestError");
    assertThat(error.path("message").asText()).isEqualTo("Too many requests");
    assertThat(error.path("status").asInt()).isEqualTo(429);
    assertThat(error.path("data").path("msBeforeNext").asLong()).isEqualTo(42_500);
    assertThat(error.path("data").path("remainingPoints").asLong()).isZero();
    assertThat(error.path("data").path("consumedPoints").asLong()).isEqualTo(61);
  }

  @Test
  void rejectedAttempts_stillCountAsConsumedPoints() {
    exhaust(GET_ACTIVATION, GET_LIMIT + 4);

    Answer answer = http.get(GET_ACTIVATION);

    assertThat(answer.firstError().path("data").path("consumedPoints").asLong()).isEqualTo(GET_LIMIT + 5);
  }

  @Test
  void exactlyTheLimitSucceeds_thenTheNextWindowRestoresTheBudget() {
    int succeeded = 0;
    for (int i = 0; i < GET_LIMIT + 10; i++) {
      if (http.get(GET_ACTIVATION).status() == 200) {
        succeeded++;
      }
    }
    assertThat(succeeded).isEqualTo(GET_LIMIT);

    clock.advance(Duration.ofSeconds(60));
    Answer answer = http.get(GET_ACTIVATION);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-RateLimit-Consumed")).isEqualTo("1");
    assertThat(answer.header("X-RateLimit-Reset")).isEqualTo("Tue, 04 Mar 2025 10:17:30 GMT");
  }

  @Test
  void oneMillisecondBeforeTheWindowEnds_isStillLimited() {
    exhaust(GET_ACTIVATION, GET_LIMIT);
    clock.advance(Duration.ofMillis(59_999));

    Answer answer = http.get(GET_ACTIVATION);

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void windowStartsAtTheBucketsFirstRequest_notOnTheMinute() {
    clock.advance(Duration.ofSeconds(45));

    Answer answer = http.get(GET_ACTIVATION);

    assertThat(answer.header("X-RateLimit-Reset")).isEqualTo("Tue, 04 Mar 2025 10:17:15 GMT");
  }

  @Test
  void bucketsArePerOperation() {
    exhaust(GET_ACTIVATION, GET_LIMIT + 1);

    Answer list = http.get(activations(SPACE_A, USERS_AUDIENCE));

    assertThat(list.status()).isEqualTo(200);
    assertThat(list.header("X-RateLimit-Consumed")).isEqualTo("1");
  }

  @Test
  void bucketsArePerToken() {
    exhaust(GET_ACTIVATION, GET_LIMIT + 1);

    Answer other = http.withToken(RawHttp.TOKEN_B).get(activation(SPACE_B, AUDIENCE_B, ACTIVATION_B));

    assertThat(other.status()).isEqualTo(200);
    assertThat(other.header("X-RateLimit-Consumed")).isEqualTo("1");
  }

  @Test
  void operationLimitsComeFromTheSpec() {
    Answer create = http.post(connections(SPACE_A, USERS_AUDIENCE), connectionBody(BRAZE));

    assertThat(create.longHeader("X-RateLimit-Remaining")).isEqualTo(49);
  }

  @Test
  void defaultLimitOperations_useTheConfiguredDefault() {
    String patch = connection(SPACE_A, USERS_AUDIENCE, CONNECTION);
    for (int i = 0; i < DEFAULT_LIMIT; i++) {
      assertThat(http.patch(patch, "{\"connectionSettings\":{}}").status()).isEqualTo(200);
    }

    Answer answer = http.patch(patch, "{\"connectionSettings\":{}}");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.header("X-RateLimit-Consumed")).isEqualTo(String.valueOf(DEFAULT_LIMIT));
  }

  @Test
  void errorAnswers_consumeTheBudgetToo() {
    for (int i = 0; i < GET_LIMIT; i++) {
      assertThat(http.get(activation(SPACE_A, USERS_AUDIENCE, "act_missing")).status()).isEqualTo(404);
    }

    assertThat(http.get(GET_ACTIVATION).status()).isEqualTo(429);
  }

  @Test
  void unauthenticatedRequests_areLimitedPerPresentedCredential() {
    RawHttp anonymous = http.anonymous();
    for (int i = 0; i < GET_LIMIT; i++) {
      assertThat(anonymous.get(GET_ACTIVATION).status()).isEqualTo(401);
    }

    assertThat(anonymous.get(GET_ACTIVATION).status()).isEqualTo(429);
    assertThat(http.withToken("wrong-token").get(GET_ACTIVATION).status()).isEqualTo(401);
    assertThat(http.get(GET_ACTIVATION).status()).isEqualTo(200);
  }

  @Test
  void resetOfTheServer_restoresEveryBudget(MockServer server) {
    exhaust(GET_ACTIVATION, GET_LIMIT + 1);

    server.reset();

    assertThat(http.get(GET_ACTIVATION).header("X-RateLimit-Consumed")).isEqualTo("1");
  }

  private void exhaust(String path, int requests) {
    for (int i = 0; i < requests; i++) {
      http.get(path);
    }
  }
}
