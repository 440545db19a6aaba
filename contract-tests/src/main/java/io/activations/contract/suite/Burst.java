package io.activations.contract.suite;

import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.RateLimitHeaders;
import io.activations.contract.suite.ContractCase.Need;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;

/**
 * Exhausts an operation's rate limit on purpose: exactly the remaining budget succeeds, the next
 * request is a 429 with {@code Retry-After} and the documented data, and after waiting that long
 * the same request succeeds again. Reads use the valid request; writes use one for a space that
 * does not exist, so a burst never creates or deletes anything.
 */
final class Burst {

  private Burst() {}

  static List<ContractCase> plan(SpecOperation operation) {
    if (!operation.declaredStatuses().contains(429)) {
      return List.of();
    }
    EnumSet<Need> needs = EnumSet.of(Need.BURST);
    if (!"GET".equals(operation.method())) {
      needs.add(Need.WRITES);
    }
    String name = "rate limit: a burst past the budget gets 429 with Retry-After, and succeeds again after it";
    return List.of(new ContractCase(operation.operationId(), name, needs, run -> burst(run, operation)));
  }

  private static void burst(CaseRun run, SpecOperation operation) {
    boolean reads = "GET".equals(operation.method());
    RequestDraft draft;
    Expect normal;
    if (reads) {
      draft = run.positive(operation);
      normal = Expect.ok();
    } else {
      // nothing exists under a missing space, so nothing is created or deleted however the server behaves
      RequestDraft placeholder = run.session().drafts().positive(operation, run.session().drafts().placeholders());
      String space = run.session().document().parameters(operation, "path").get(0).name();
      draft = placeholder.withPathParameter(space, FixtureBindings.missingLike(placeholder.pathParameters().get(space)));
      normal = Expect.status(404, "a harmless request for a space that does not exist");
    }
    Exchange first = run.require(draft, normal, "start the burst");
    OptionalLong remaining = RateLimitHeaders.of(first.response()).remaining();
    if (remaining.isEmpty() && !reads) {
      // the vendor promises the headers on successful answers only; a burst of writes that creates nothing sees errors
      throw run.skipped("the harmless " + first.status() + " carries no X-RateLimit-Remaining, so the budget of "
          + operation.operationId() + " cannot be counted without creating something");
    }
    if (remaining.isEmpty()) {
      throw run.aborted(FindingKey.RATELIMIT_HEADER_MISSING, "cannot burst " + operation.operationId() + " without X-RateLimit-Remaining");
    }
    long budget = remaining.getAsLong();
    if (budget + 1 > run.session().options().maxBurstRequests()) {
      throw run.skipped("the remaining budget of " + budget + " exceeds the burst cap of " + run.session().options().maxBurstRequests());
    }
    for (long i = 0; i < budget; i++) {
      Exchange exchange = run.sendUnpaced(draft, normal);
      if (exchange.status() == 429) {
        run.expect(false, FindingKey.RATELIMIT_TOO_MANY_EARLY, "status",
            "429 after " + (i + 1) + " requests although X-RateLimit-Remaining was " + budget);
        break;
      }
    }
    Exchange tooMany = run.sendUnpaced(draft, Expect.refused(429, FindingKey.RATELIMIT_NOT_ENFORCED, "a request past the budget"));
    if (tooMany.status() != 429) {
      return;
    }
    RateLimitHeaders headers = RateLimitHeaders.of(tooMany.response());
    Duration wait;
    String promise;
    if (headers.retryAfter().isPresent()) {
      wait = Duration.ofSeconds(headers.retryAfter().getAsLong());
      promise = "Retry-After " + headers.retryAfter().getAsLong() + " s";
    } else if (headers.reset().isPresent()) {
      // the vendor sends Retry-After only sometimes; the reset date is the fallback it documents
      wait = Duration.between(run.session().target().now(), headers.reset().get()).plusSeconds(1);
      promise = "X-RateLimit-Reset " + headers.reset().get();
    } else {
      return;  // reported by the response checks; without either there is no promise to hold the server to
    }
    run.session().pacer().pause(wait);
    Exchange after = run.sendUnpaced(draft, normal);
    run.expect(after.status() != 429, FindingKey.RATELIMIT_RETRY_AFTER_TOO_SHORT, RateLimitHeaders.RETRY_AFTER,
        "still 429 after waiting until " + promise);
  }
}
