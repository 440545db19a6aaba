package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.suite.internal.check.Tally;
import org.junit.jupiter.api.Test;

class RateLimitLedgerTest {

  @Test
  void check_remainingThatDoesNotFallWithinAWindow_isReported() {
    RateLimitLedger ledger = new RateLimitLedger();
    Tally tally = new Tally();

    ledger.check(Exchanges.exchange("getActivationFromAudience", Exchanges.okResponse()), "TOKEN", tally);
    ledger.check(Exchanges.exchange("getActivationFromAudience", Exchanges.okResponse()), "TOKEN", tally);

    assertThat(tally.findings()).extracting(f -> f.key()).containsExactly("ratelimit.remaining.notDecreasing");
    ProvokedKeys.record(RateLimitLedgerTest.class, "ratelimit.remaining.notDecreasing");
  }

  @Test
  void check_remainingOfAnotherCredential_isItsOwnBudget() {
    RateLimitLedger ledger = new RateLimitLedger();
    Tally tally = new Tally();

    ledger.check(Exchanges.exchange("getActivationFromAudience", Exchanges.okResponse()), "TOKEN", tally);
    ledger.check(Exchanges.exchange("getActivationFromAudience", Exchanges.okResponse()), "NONE", tally);

    assertThat(tally.findings()).isEmpty();
  }

  @Test
  void check_aDefaultLimitWhoseBudgetChanges_isInconsistent() {
    RateLimitLedger ledger = new RateLimitLedger();
    Tally tally = new Tally();

    ledger.check(Exchanges.exchange("removeDestinationFromAudience", budget(1, 999)), "TOKEN", tally);
    ledger.check(Exchanges.exchange("removeDestinationFromAudience", budget(2, 997)), "TOKEN", tally);

    assertThat(tally.findings()).extracting(f -> f.key()).contains("ratelimit.budget.inconsistent");
    ProvokedKeys.record(RateLimitLedgerTest.class, "ratelimit.budget.inconsistent");
  }

  private static ApiResponse budget(int consumed, int remaining) {
    return ApiResponse.ok().withHeader("X-RateLimit-Consumed", Integer.toString(consumed))
        .withHeader("X-RateLimit-Remaining", Integer.toString(remaining))
        .withHeader("X-RateLimit-Reset", Exchanges.httpDate(Exchanges.NOW.plusSeconds(60)));
  }
}
