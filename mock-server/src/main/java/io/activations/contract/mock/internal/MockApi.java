package io.activations.contract.mock.internal;

import io.activations.contract.mock.MockFault;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.validation.ContractValidator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;

/**
 * The mock's behaviour, wired once: fixtures turned into live state, the rate limiter, the spec's
 * validator (schemas compiled here, not per request) and the ten operations. {@link #handler()}
 * puts it behind Jetty; {@link #reset()} returns to the fixtures with full rate-limit budgets.
 */
public final class MockApi {

  private final Fixtures fixtures;
  private final RateLimiter limiter;
  private final RequestPipeline pipeline;
  private final SequenceNumbers seqs = new SequenceNumbers();
  private final AtomicLong generations = new AtomicLong();
  private final Misbehaviour misbehaviour;
  private volatile World world;

  public MockApi(Spec spec, Fixtures fixtures, Clock clock, RateLimitPolicy policy) {
    this(spec, fixtures, clock, policy, Set.of());
  }

  /** A mock that breaks the contract in the ways {@code faults} name (none: a correct mock). */
  public MockApi(Spec spec, Fixtures fixtures, Clock clock, RateLimitPolicy policy, Set<MockFault> faults) {
    this.fixtures = fixtures;
    this.world = World.from(fixtures, generations.incrementAndGet(), seqs);
    this.misbehaviour = new Misbehaviour(faults, () -> world);
    this.limiter = new RateLimiter(misbehaviour.limiterClock(clock), policy);
    Catalogue catalogue = new Catalogue(fixtures.catalogue());
    DestinationRules rules = new DestinationRules(catalogue);
    Pagination pagination = new Pagination(new Cursors(), misbehaviour.pageFaults());
    ActivationOperations activations = new ActivationOperations(rules, pagination);
    ConnectionOperations connections = new ConnectionOperations(rules, catalogue, pagination, clock);
    Map<String, OperationHandler> handlers = new HashMap<>();
    handlers.put("addActivationToAudience", activations::add);
    handlers.put("getActivationFromAudience", activations::get);
    handlers.put("removeActivationFromAudience", activations::remove);
    handlers.put("updateActivationForAudience", activations::update);
    handlers.put("listActivationsFromAudience", activations::list);
    handlers.put("addDestinationToAudience", connections::add);
    handlers.put("listDestinationsFromAudience", connections::list);
    handlers.put("removeDestinationFromAudience", connections::remove);
    handlers.put("updateDestinationForAudience", connections::update);
    handlers.put("listSupportedDestinationsFromAudience", new SupportedDestinationsOperation(catalogue, pagination));
    misbehaviour.install(handlers);
    this.pipeline = new RequestPipeline(spec, new ContractValidator(spec), limiter, () -> world, handlers);
  }

  public Handler handler() {
    return new JettyApiHandler(pipeline);
  }

  /** Jetty's own answers (bad URI, URI or headers too large, ...) in the API's error envelope. */
  public Request.Handler errorHandler() {
    return new JettyErrorHandler();
  }

  /** Back to the fixtures, and every rate-limit window forgotten. */
  public void reset() {
    world = World.from(fixtures, generations.incrementAndGet(), seqs);
    misbehaviour.reset();
    limiter.reset();
  }

  /** The token's budget of the operation is used up until its window ends (a provider state of Pact). */
  public void useUpRateLimit(String token, SpecOperation operation) {
    limiter.useUp(token, operation);
  }

  public Fixtures fixtures() {
    return fixtures;
  }
}
