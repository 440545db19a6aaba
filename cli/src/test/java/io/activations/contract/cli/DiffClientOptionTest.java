package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./contract diff --client}: a change the document judges harmless on the wire (an integer of
 * a response given format int64) still breaks code compiled against the generated client; with
 * {@code --client} the diff says so, next to the document finding that caused it.
 */
class DiffClientOptionTest {

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  @TempDir
  Path dir;

  @Test
  void widerIntegerInAResponse_passesTheDocumentDiff_failsTheClientCheck() throws IOException {
    String original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/activations.yaml")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path base = Files.writeString(dir.resolve("base.yaml"), original);
    Path revision = Files.writeString(dir.resolve("revision.yaml"),
        original.replace("totalEntries: {type: integer, minimum: 0}", "totalEntries: {type: integer, format: int64, minimum: 0}"));
    String clients = dir.resolve("clients").toString();

    int withoutClient = ContractCli.run("diff", base.toString(), revision.toString());
    assertThat(withoutClient).as(console.stdout()).isZero();
    assertThat(console.stdout()).doesNotContain("client-");
    console.reset();

    int json = ContractCli.run("diff", base.toString(), revision.toString(), "--client", "--client-dir", clients, "--format", "json");
    assertThat(json).as(console.stderr()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(console.stdout());
    assertThat(report.path("breaking").asBoolean()).isFalse();
    assertThat(report.path("client").path("compatible").asBoolean()).isFalse();
    JsonNode getter = null;
    for (JsonNode finding : report.path("client").path("findings")) {
      if (finding.path("element").asText().equals("PaginationOutput.getTotalEntries")) {
        getter = finding;
      }
    }
    assertThat(getter).as(console.stdout()).isNotNull();
    assertThat(getter.path("rule").asText()).isEqualTo("client-method-return-type-changed");
    assertThat(getter.path("location").asText()).isEqualTo("/components/schemas/PaginationOutput/properties/totalEntries");
    assertThat(getter.path("causes").get(0).asText()).startsWith("response-property-format-specialized (INFO)");
    console.reset();

    // the same documents again: both clients come from the kept builds
    int text = ContractCli.run("diff", base.toString(), revision.toString(), "--client", "--client-dir", clients);
    assertThat(text).isEqualTo(1);
    assertThat(console.stdout()).contains("ERR client-method-return-type-changed PaginationOutput.getTotalEntries: ",
        "Integer getTotalEntries() becomes Long getTotalEntries()", "Generated Java client: 3 incompatibilities.");
  }

  @Test
  void sameDocument_clientCheckIsQuiet() throws IOException {
    Path spec;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/activations.yaml")) {
      spec = Files.write(dir.resolve("spec.yaml"), in.readAllBytes());
    }

    int exit = ContractCli.run("diff", spec.toString(), spec.toString(), "--client", "--client-dir", dir.resolve("clients").toString(),
        "--format", "markdown");

    assertThat(exit).as(console.stdout() + console.stderr()).isZero();
    assertThat(console.stdout()).contains("### Generated Java client", "still compiles and links").doesNotContain("| ERR |");
  }
}
