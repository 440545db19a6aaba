package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.spec.Spec;
import io.activations.contract.suite.internal.check.SpecValidator;
import io.activations.contract.suite.internal.check.Tally;
import io.activations.contract.validation.ContractValidator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseChecksTest {

  private static final ResponseChecks CHECKS = new ResponseChecks(SpecValidator.of(new ContractValidator(Spec.bundled())));
  private static final String OP = "getActivationFromAudience";

  @Test
  void check_aCorrectAnswer_findsNothingAndCountsItsChecks() {
    Tally tally = CHECKS.check(Exchanges.exchange(OP, Exchanges.okResponse()), Duration.ofSeconds(1));

    assertThat(tally.findings()).isEmpty();
    assertThat(tally.checks()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void check_aMissingRateLimitHeader_reportsItByName() {
    ApiResponse response = without(Exchanges.okResponse(), "X-RateLimit-Remaining");

    assertThat(keysAt(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings()))
        .contains("ratelimit.header.missing@X-RateLimit-Remaining");
  }

  @Test
  void check_aResetThatIsNoHttpDate_isMalformed() {
    ApiResponse response = without(Exchanges.okResponse(), "X-RateLimit-Reset").withHeader("X-RateLimit-Reset", "2025-03-04T10:01:00Z");

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).contains("ratelimit.reset.malformed");
    ProvokedKeys.record(ResponseChecksTest.class, "ratelimit.reset.malformed");
  }

  @Test
  void check_aResetBeyondTheMinute_isOutOfWindow() {
    ApiResponse response = without(Exchanges.okResponse(), "X-RateLimit-Reset")
        .withHeader("X-RateLimit-Reset", Exchanges.httpDate(Exchanges.NOW.plusSeconds(300)));

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).containsExactly("ratelimit.reset.outOfWindow");
    ProvokedKeys.record(ResponseChecksTest.class, "ratelimit.reset.outOfWindow");
  }

  @Test
  void check_aBudgetOffTheDeclaredLimit_isAMismatch() {
    ApiResponse response = without(Exchanges.okResponse(), "X-RateLimit-Remaining").withHeader("X-RateLimit-Remaining", "10");

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).containsExactly("ratelimit.budget.mismatch");
  }

  @Test
  void check_a429WithoutRetryAfter_reportsTheMissingHeader() {
    ApiResponse response = new ApiResponse(429, Map.of("X-RateLimit-Consumed", List.of("60"), "X-RateLimit-Remaining", List.of("0"),
        "X-RateLimit-Reset", List.of(Exchanges.httpDate(Exchanges.NOW.plusSeconds(30)))), null)
        .withBody("application/json", "{\"errors\":[{\"type\":\"RequestError\",\"message\":\"Too many requests\","
            + "\"data\":{\"msBeforeNext\":30000,\"remainingPoints\":0,\"consumedPoints\":61}}]}");

    assertThat(keysAt(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings()))
        .contains("ratelimit.retryAfter.missing@Retry-After");
  }

  @Test
  void check_anErrorWithoutRateLimitHeaders_isFine_becauseTheVendorPromisesThemOnSuccessOnly() {
    ApiResponse response = ApiResponse.status(404).withBody("application/json", "{\"errors\":[{\"type\":\"not-found\"}]}");

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).isEmpty();
  }

  @Test
  void check_anErrorWithAMalformedRateLimitHeader_isStillReported() {
    ApiResponse response = ApiResponse.status(404).withHeader("X-RateLimit-Remaining", "many")
        .withBody("application/json", "{\"errors\":[{\"type\":\"not-found\"}]}");

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).contains("ratelimit.header.malformed");
  }

  @Test
  void check_aResetInAnyRfc5322Form_isAccepted() {
    java.time.ZonedDateTime reset = Exchanges.NOW.plusSeconds(30).atZone(java.time.ZoneOffset.ofHours(2));
    String numericZone = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss Z", java.util.Locale.ROOT).format(reset);
    ApiResponse response = without(Exchanges.okResponse(), "X-RateLimit-Reset").withHeader("X-RateLimit-Reset", numericZone);

    assertThat(numericZone).doesNotEndWith("GMT");
    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).isEmpty();
  }

  @Test
  void check_anErrorWithoutTheEnvelope_isReported() {
    ApiResponse response = new ApiResponse(404, Exchanges.okResponse().headers(), null).withBody("application/json", "{\"message\":\"nope\"}");

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings())).contains("envelope.missing", "response.body.required");
    ProvokedKeys.recordAll(ResponseChecksTest.class, List.of("envelope.missing", "response.body.required"));
  }

  @Test
  void check_aServerError_isReportedBesidesTheUndeclaredStatus() {
    ApiResponse response = new ApiResponse(500, Exchanges.okResponse().headers(), null).withBody("application/json", "{\"errors\":[{\"type\":\"x\"}]}");

    assertThat(keys(CHECKS.check(Exchanges.exchange(OP, response), Duration.ofSeconds(1)).findings()))
        .contains("response.status.serverError", "response.status.undeclared");
  }

  static ApiResponse without(ApiResponse response, String header) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(response.headers());
    headers.remove(header);
    return new ApiResponse(response.status(), headers, response.body());
  }

  static List<String> keys(List<Finding> findings) {
    return findings.stream().filter(Finding::isError).map(Finding::key).distinct().toList();
  }

  static List<String> keysAt(List<Finding> findings) {
    return findings.stream().map(f -> f.key() + "@" + f.location()).toList();
  }
}
