package io.activations.contract.gate.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of the client check's rules names every rule the code reports, and no other. */
class ReadmeClientRulesTest {

  private static final Pattern RULE_ID = Pattern.compile("`(client-[a-z-]+)`");

  @Test
  void readmeTable_matchesTheRulesOfTheCode() throws IOException {
    Set<String> documented = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("../README.md"))) {
      if (line.startsWith("| `client-")) {
        Matcher ids = RULE_ID.matcher(line.substring(0, line.indexOf(" | ", 2)));
        while (ids.find()) {
          documented.add(ids.group(1));
        }
      }
    }

    assertThat(documented).isEqualTo(ClientFindings.rules().keySet());
  }
}
