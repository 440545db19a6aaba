package io.activations.contract.suite.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key tables in {@code contract-tests/README.md} and the project's README are the registry's,
 * word for word. When the registry changes, regenerate both with
 * {@code mvn -pl contract-tests -am verify -Dtest=FindingKeyTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dfinding-keys.write=true}.
 */
class FindingKeyTableTest {

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "../README.md"})
  void readme_keyTable_isTheRegistrysTable(String file) throws IOException {
    Path readmeFile = Path.of(file);
    String readme = Files.readString(readmeFile, StandardCharsets.UTF_8);
    String current = FindingKeyTable.replaceIn(readme);
    if (Boolean.getBoolean("finding-keys.write") && !current.equals(readme)) {
      Files.writeString(readmeFile, current, StandardCharsets.UTF_8);
      readme = current;
    }

    assertThat(readme).as(file + "'s key table is out of date; regenerate it (see this test's comment)")
        .isEqualTo(current);
  }

  @Test
  void table_listsEveryKeyWithItsProvenance() {
    String table = FindingKeyTable.markdown();

    assertThat(table).contains("| `ratelimit.budget.mismatch` | error | house rule |")
        .contains("| `auth.notEnforced` | error | vendor |")
        .contains(FindingKeyTable.counts());
    assertThat(table.lines().filter(l -> l.startsWith("| `"))).hasSize(FindingKey.values().length);
  }

  @Test
  void replaceIn_refusesADocumentWithoutMarkers() {
    assertThatThrownBy(() -> FindingKeyTable.replaceIn("# no table here")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replaceIn_detectsAStaleTable() {
    String stale = "intro\n" + FindingKeyTable.BEGIN + "\n| `old.key` | error | vendor | gone |\n" + FindingKeyTable.END + "\nrest\n";

    assertThat(FindingKeyTable.replaceIn(stale)).isNotEqualTo(stale).contains("`auth.notEnforced`").endsWith(FindingKeyTable.END + "\nrest\n");
  }
}
