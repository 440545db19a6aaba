package io.activations.contract.suite.internal.fault;

import io.activations.contract.suite.EmbeddedMockTarget;
import io.activations.contract.suite.Secret;
import io.activations.contract.suite.Target;
import io.activations.contract.suite.TargetFixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The embedded mock behind a {@link FaultInjectingProxy}: the same fixtures, token and clock, but
 * every request goes through the proxy that breaks one thing. Proves the suite catches it.
 */
public final class FaultInjectingTarget implements Target {

  private final EmbeddedMockTarget mock;
  private final FaultInjectingProxy proxy;

  private FaultInjectingTarget(EmbeddedMockTarget mock, FaultInjectingProxy proxy) {
    this.mock = mock;
    this.proxy = proxy;
  }

  /** Starts a fresh mock and a proxy in front of it that injects {@code fault}. */
  public static FaultInjectingTarget start(Fault fault) {
    EmbeddedMockTarget mock = EmbeddedMockTarget.start();
    try {
      return new FaultInjectingTarget(mock, FaultInjectingProxy.start(mock.baseUri(), fault, context(mock)));
    } catch (Exception e) {
      mock.close();
      throw new IllegalStateException("cannot start the fault-injecting proxy: " + e.getMessage(), e);
    }
  }

  private static FaultContext context(EmbeddedMockTarget mock) {
    TargetFixtures fixtures = mock.fixtures();
    TargetFixtures.ForeignWorkspace foreign = fixtures.otherWorkspace().orElseThrow(() ->
        new IllegalStateException("the mock's fixtures have no second workspace"));
    return new FaultContext(mock.token().reveal(), fixtures.spaceId(), fixtures.audienceId(), mock.otherWorkspaceToken().reveal(),
        foreign.spaceId(), foreign.audienceId(), foreign.activationId());
  }

  public Fault fault() {
    return proxy.fault();
  }

  @Override
  public URI baseUri() {
    return proxy.baseUri();
  }

  @Override
  public Secret token() {
    return mock.token();
  }

  @Override
  public TargetFixtures fixtures() {
    return mock.fixtures();
  }

  @Override
  public Instant now() {
    return mock.now();
  }

  @Override
  public void await(Duration duration) {
    mock.await(duration);
  }

  @Override
  public Duration clockTolerance() {
    return mock.clockTolerance();
  }

  @Override
  public boolean isProjectMock() {
    return true;
  }

  @Override
  public boolean waitsInRealTime() {
    return false;
  }

  @Override
  public String describe() {
    return mock.describe() + " behind a proxy injecting: " + proxy.fault().description();
  }

  @Override
  public void close() {
    try {
      proxy.close();
    } finally {
      mock.close();
    }
  }
}
