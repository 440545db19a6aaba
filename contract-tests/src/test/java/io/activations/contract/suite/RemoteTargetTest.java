package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
}
