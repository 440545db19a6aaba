package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.Workspace;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting, stopping and resetting a mock from Java code. */
class MockServerTest {

  @Test
  void portZero_picksAFreeLoopbackPort() {
    try (MockServer mock = MockServer.builder().port(0).build().start()) {
      URI baseUri = mock.baseUri();

      assertThat(baseUri.getHost()).isEqualTo("127.0.0.1");
      assertThat(baseUri.getPort()).isPositive();
      assertThat(new RawHttp(baseUri).get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
    }
  }

  @Test
  void close_releasesThePort() throws Exception {
    URI baseUri;
    try (MockServer mock = MockServer.builder().build().start()) {
      baseUri = mock.baseUri();
    }

    assertThatThrownBy(() -> new Socket(baseUri.getHost(), baseUri.getPort()).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void portInUse_failsWithAReadableMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      MockServer mock = MockServer.builder().port(taken.getLocalPort()).build();

      assertThatThrownBy(mock::start)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void baseUri_beforeStart_isRefused() {
    assertThatThrownBy(() -> MockServer.builder().build().baseUri())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start()");
  }

  @Test
  void reset_bringsBackTheFixtures() {
    try (MockServer mock = MockServer.builder().build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());
      assertThat(http.delete(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
      String created = http.post(connections(SPACE_A, USERS_AUDIENCE), connectionBody(BRAZE)).data()
          .path("connection").path("id").asText();

      mock.reset();

      assertThat(http.get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
      assertThat(http.get(connections(SPACE_A, USERS_AUDIENCE)).body()).doesNotContain(created);
    }
  }

  @Test
  void customFixtures_areServedAndKeptForReset() {
    Fixtures fixtures = new Fixtures(List.of(new Workspace("wrk_only", "Only", List.of("only-token"), List.of())), List.of());
    try (MockServer mock = MockServer.builder().fixtures(fixtures).build().start()) {
      RawHttp http = new RawHttp(mock.baseUri());

      assertThat(mock.fixtures()).isSameAs(fixtures);
      assertThat(http.get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(401);
      assertThat(http.withToken("only-token").get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(404);
    }
  }

  @Test
  void builder_isASnapshot_laterChangesDoNotLeakIn() {
    MockServer.Builder builder = MockServer.builder().rateLimitsLifted(true);
    try (MockServer mock = builder.build().start()) {
      builder.rateLimitsLifted(false);

      assertThat(mock.rateLimitAdjustment()).isPresent();
    }
  }

  @Test
  void builder_refusesAnImpossiblePort() {
    assertThatThrownBy(() -> MockServer.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void close_twice_isHarmless() {
    MockServer mock = MockServer.builder().build().start();
    mock.close();
    mock.close();

    assertThat(mock.isRunning()).isFalse();
  }
}
