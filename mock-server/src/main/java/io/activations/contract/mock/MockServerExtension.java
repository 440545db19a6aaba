package io.activations.contract.mock;

import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one mock per test class, fresh state for every test, and the base URI (a
 * {@link URI} parameter), the {@link MockServer} or its {@link ManualClock} injected into test
 * methods and constructors.
 *
 * <pre>{@code
 * @ExtendWith(MockServerExtension.class)
 * class MyClientTest {
 *   @Test void readsAnActivation(URI baseUri) { ... }
 * }
 *
 * // or, to configure the mock:
 * @RegisterExtension
 * static final MockServerExtension MOCK = MockServerExtension.configured(b -> b.clock(new ManualClock(start)));
 * }</pre>
 *
 * <p>State lives in JUnit's extension store, never in static fields, so parallel test classes
 * each get their own server.
 */
public final class MockServerExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockServerExtension.class);
  private static final String SERVER = "server";

  private final Consumer<MockServer.Builder> configuration;

  /** A mock with the default settings: default fixtures, system clock, the API's rate limits. */
  public MockServerExtension() {
    this(builder -> { });
  }

  private MockServerExtension(Consumer<MockServer.Builder> configuration) {
    this.configuration = configuration;
  }

  /** A mock configured by {@code configuration} (the port stays free-choice unless it sets one). */
  public static MockServerExtension configured(Consumer<MockServer.Builder> configuration) {
    return new MockServerExtension(Objects.requireNonNull(configuration, "configuration"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server(context).reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    MockServer server = context.getStore(NAMESPACE).remove(SERVER, MockServer.class);
    if (server != null) {
      server.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == URI.class || type == MockServer.class
        || (type == ManualClock.class && server(context).clock() instanceof ManualClock);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    MockServer server = server(context);
    if (type == URI.class) {
      return server.baseUri();
    }
    if (type == ManualClock.class) {
      return (ManualClock) server.clock();
    }
    return server;
  }

  /**
   * The class's server, started on first use. Kept in the class-level store, which also closes it
   * if {@link #afterAll} never runs (an extension registered on an instance field).
   */
  private MockServer server(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(SERVER, key -> start(), MockServer.class);
  }

  private MockServer start() {
    MockServer.Builder builder = MockServer.builder();
    configuration.accept(builder);
    return builder.build().start();
  }
}
