package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteTargetTest {

  private static final TargetFixtures FIXTURES = TargetFixtures.of("spa_1", "aud_1", "USERS", "dst_1");

  @Test
  void fromEnvironment_anUnsetVariable_namesTheVariableOnly() {
    assertThatThrownBy(() -> RemoteTarget.fromEnvironment(URI.create("https://api.example.test"), "CONTRACT_SUITE_UNSET_VARIABLE", FIXTURES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONTRACT_SUITE_UNSET_VARIABLE is not set");
  }

  @Test
  void of_keepsTheTokenOutOfEveryText() {
    RemoteTarget target = RemoteTarget.of(URI.create("https://api.example.test/"), Secret.of("s3cr3t-token"), FIXTURES);

    assertThat(target.baseUri()).hasToString("https://api.example.test");
    assertThat(target.toString() + target.describe() + target.token()).doesNotContain("s3cr3t-token");
    assertThat(target.token().reveal()).isEqualTo("s3cr3t-token");
  }

  @Test
  void of_refusesPlainHttpToAnotherHost_butAllowsLoopbackHttpsAndTheExplicitOptIn() {
    Secret token = Secret.of("s3cr3t-token");

    assertThatThrownBy(() -> RemoteTarget.of(URI.create("http://10.1.2.3:8080"), token, FIXTURES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain HTTP to 10.1.2.3").hasMessageNotContaining("s3cr3t");
    assertThatThrownBy(() -> RemoteTarget.of(URI.create("http://localhost.example.com"), token, FIXTURES))
        .as("a name is not loopback just because it starts with localhost").isInstanceOf(IllegalArgumentException.class);
    for (String allowed : List.of("http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080", "https://api.example.test")) {
      assertThat(RemoteTarget.of(URI.create(allowed), token, FIXTURES).baseUri().getHost()).isNotNull();
    }
    assertThat(RemoteTarget.of(URI.create("http://10.1.2.3:8080"), token, FIXTURES, true).baseUri()).hasToString("http://10.1.2.3:8080");
  }

  @Test
  void forTarget_ofARealServer_defaultsToReadsOnlyAndNoBursts() {
    SuiteOptions options = SuiteOptions.defaultsFor(RemoteTarget.of(URI.create("https://api.example.test"), Secret.of("t"), FIXTURES));

    assertThat(options.readOnly()).isTrue();
    assertThat(options.burst()).isFalse();
  }
}
