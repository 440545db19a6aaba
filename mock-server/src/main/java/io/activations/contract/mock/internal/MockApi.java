package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.validation.ContractValidator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.Handler;

/**
 * The mock's behaviour, wired once: fixtures turned into live state, the rate limiter, the spec's
 * validator (schemas compiled here, not per request) and the ten operations. {@link #handler()}
 * puts it behind Jetty; {@link #reset()} returns to the fixtures with full rate-limit budgets.
 */
public final class MockApi {

  private final Fixtures fixtures;
  private final RateLimiter limiter;
  private final RequestPipeline pipeline;
  private volatile World world;

  public MockApi(Spec spec, Fixtures fixtures, Clock clock, RateLimitPolicy policy) {
    this.fixtures = fixtures;
    this.world = World.from(fixtures);
    this.limiter = new RateLimiter(clock, policy);
    Catalogue catalogue = new Catalogue(fixtures.catalogue());
    DestinationRules rules = new DestinationRules(catalogue);
    Pagination pagination = new Pagination(new Cursors());
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
    this.pipeline = new RequestPipeline(spec, new ContractValidator(spec), limiter, () -> world, handlers);
  }

  public Handler handler() {
    return new JettyApiHandler(pipeline);
  }

  /** Back to the fixtures, and every rate-limit window forgotten. */
  public void reset() {
    world = World.from(fixtures);
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
