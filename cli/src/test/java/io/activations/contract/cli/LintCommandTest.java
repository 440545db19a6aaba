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

class LintCommandTest {

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  @TempDir
  Path dir;

  private static String bundledSpecText() throws IOException {
    try (InputStream in = LintCommandTest.class.getClassLoader().getResourceAsStream("openapi/activations.yaml")) {
      assertThat(in).as("bundled spec on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The real spec with one operation's limit spelt out in words: parseable, but against the rules. */
  private Path specBreakingTheRateLimitRule() throws IOException {
    String text = bundledSpecText();
    String broken = text.replaceFirst("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: fifty");
    assertThat(broken).isNotEqualTo(text);
    return Files.writeString(dir.resolve("broken-limit.yaml"), broken);
  }

  @Test
  void lint_withoutSpec_lintsTheBundledSpecClean() {
    int exit = ContractCli.run("lint");

    assertThat(exit).isZero();
    assertThat(console.stdout()).contains("0 errors, 0 warnings");
    assertThat(console.stderr()).isEmpty();
  }

  @Test
  void lint_cleanFile_exitsZero() throws IOException {
    Path file = Files.writeString(dir.resolve("activations.yaml"), bundledSpecText());

    assertThat(ContractCli.run("lint", file.toString())).isZero();
  }

  @Test
  void lint_fileBreakingARule_exitsOneAndNamesTheKey() throws IOException {
    int exit = ContractCli.run("lint", specBreakingTheRateLimitRule().toString());

    assertThat(exit).isEqualTo(1);
    assertThat(console.stdout()).contains("ERROR lint.rateLimit.extension ").contains("1 error");
  }

  @Test
  void lint_jsonFormat_printsAReportToolsCanRead() throws IOException {
    int exit = ContractCli.run("lint", specBreakingTheRateLimitRule().toString(), "--format", "json");

    JsonNode report = new ObjectMapper().readTree(console.stdout());
    assertThat(exit).isEqualTo(1);
    assertThat(report.path("errors").asInt()).isEqualTo(1);
    assertThat(report.path("findings").get(0).path("key").asText()).isEqualTo("lint.rateLimit.extension");
  }

  @Test
  void lint_formatInUpperCase_isAccepted() {
    assertThat(ContractCli.run("lint", "--format", "JSON")).isZero();
    assertThat(console.stdout()).contains("\"errors\" : 0");
  }

  @Test
  void lint_unknownFormat_isAUsageError() {
    int exit = ContractCli.run("lint", "--format", "xml");

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr()).contains("expected text or json");
  }

  @Test
  void lint_missingFile_exitsTwoWithOneLineAndNoStackTrace() {
    int exit = ContractCli.run("lint", dir.resolve("nope.yaml").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr()).contains("no such file").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(console.stdout()).isEmpty();
  }

  @Test
  void lint_unparseableFile_exitsTwoPrintingTheParserMessage() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.0.3\ninfo:\n  title: x\n  version: 1: 2\npaths: {}\n");

    int exit = ContractCli.run("lint", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr()).contains("line 4").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void lint_unresolvedRefs_printsEveryMessageOnItsOwnLine() throws IOException {
    String text = bundledSpecText()
        .replaceFirst("#/components/schemas/AddActivationToAudienceAlphaInput", "#/components/schemas/Gone")
        .replaceFirst("#/components/parameters/SpaceId", "#/components/parameters/Gone");
    Path file = Files.writeString(dir.resolve("dangling.yaml"), text);

    int exit = ContractCli.run("lint", file.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().lines().filter(line -> line.contains("does not resolve")))
        .anySatisfy(line -> assertThat(line).contains("#/components/schemas/Gone"))
        .anySatisfy(line -> assertThat(line).contains("#/components/parameters/Gone"));
  }
}
