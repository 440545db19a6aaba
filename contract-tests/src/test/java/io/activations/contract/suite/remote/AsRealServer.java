package io.activations.contract.suite.remote;

import io.activations.contract.suite.Secret;
import io.activations.contract.suite.Target;
import io.activations.contract.suite.TargetFixtures;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A target of this project's mock judged as someone else's server: house rules are warnings, as
 * with {@code --base-url}. It keeps the mock's manual clock, so rate-limit windows cost nothing;
 * everything else goes over HTTP to {@code baseUri} (the mock itself or a proxy in front of it).
 */
final class AsRealServer implements Target {

  private final Target mock;
  private final URI baseUri;
  private final AutoCloseable proxy;

  AsRealServer(Target mock, URI baseUri, AutoCloseable proxy) {
    this.mock = mock;
    this.baseUri = baseUri;
    this.proxy = proxy;
  }

  @Override
  public boolean isProjectMock() {
    return false;
  }

  @Override
  public boolean waitsInRealTime() {
    return mock.waitsInRealTime();
  }

  @Override
  public URI baseUri() {
    return baseUri;
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
  public String describe() {
    return mock.describe() + ", judged as a real server";
  }

  @Override
  public void close() {
    try {
      if (proxy != null) {
        proxy.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      mock.close();
    }
  }
}
