package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** One server per test class, fresh state per test, base URI and server injected. */
@ExtendWith(MockServerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MockServerExtensionTest {

  /** Each test records the server it saw; every test of the class must see the same one. */
  private static final Set<URI> SEEN = new HashSet<>();

  @Test
  @Order(1)
  void firstTest_deletesTheFixtureActivation(URI baseUri, MockServer server) {
    SEEN.add(baseUri);
    assertThat(server.baseUri()).isEqualTo(baseUri);

    assertThat(new RawHttp(baseUri).delete(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void secondTest_findsItBackBecauseStateIsFresh(URI baseUri) {
    SEEN.add(baseUri);

    assertThat(new RawHttp(baseUri).get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void everyTestOfTheClass_talksToTheSameServer(URI baseUri) {
    SEEN.add(baseUri);

    assertThat(SEEN).hasSize(1);
  }

  @Nested
  class WithConstructorInjection {
    private final URI baseUri;

    WithConstructorInjection(URI baseUri) {
      this.baseUri = baseUri;
    }

    @Test
    void injectsIntoConstructors() {
      assertThat(new RawHttp(baseUri).get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
    }
  }
}
