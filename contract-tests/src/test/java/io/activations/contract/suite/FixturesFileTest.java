package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesFileTest {

  @Test
  void read_aCompleteFile_givesEveryId(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fixtures.json");
    Files.writeString(file, """
        {"spaceId": "spa_1", "audienceId": "aud_1", "audienceType": "USERS", "destinationId": "dst_1", "actionId": "act1",
         "otherWorkspace": {"spaceId": "spa_2", "audienceId": "aud_2", "connectionId": "ii_2", "activationId": "act_2"}}
        """);

    TargetFixtures fixtures = FixturesFile.read(file);

    assertThat(fixtures.spaceId()).isEqualTo("spa_1");
    assertThat(fixtures.actionId()).contains("act1");
    assertThat(fixtures.linkedAudienceId()).isEmpty();
    assertThat(fixtures.otherWorkspace().orElseThrow().activationId()).isEqualTo("act_2");
  }

  @Test
  void parse_withoutARequiredId_namesIt() {
    assertThatThrownBy(() -> FixturesFile.parse("{\"spaceId\": \"spa_1\", \"audienceType\": \"USERS\", \"destinationId\": \"d\"}", "f.json"))
        .isInstanceOf(SuiteSetupException.class).hasMessageContaining("audienceId is required").hasMessageContaining("f.json");
  }

  @Test
  void parse_anUnknownField_isRefused() {
    assertThatThrownBy(() -> FixturesFile.parse("{\"spaceID\": \"x\"}", "f.json"))
        .isInstanceOf(SuiteSetupException.class).hasMessageContaining("unknown field(s) [spaceID]");
  }

  @Test
  void read_aMissingFile_saysSo(@TempDir Path dir) {
    assertThatThrownBy(() -> FixturesFile.read(dir.resolve("nope.json")))
        .isInstanceOf(SuiteSetupException.class).hasMessageContaining("does not exist");
  }

  @Test
  void parse_textThatIsNotJson_saysSo() {
    assertThatThrownBy(() -> FixturesFile.parse("spaceId: x", "f.yaml")).isInstanceOf(SuiteSetupException.class).hasMessageContaining("is not JSON");
  }
}
