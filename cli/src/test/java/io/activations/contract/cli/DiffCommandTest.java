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

class DiffCommandTest {

  private static final String LIMIT = "x-rate-limit-per-minute: 50";

  @RegisterExtension
  final ConsoleCapture output = new ConsoleCapture();

  @TempDir
  Path dir;

  private String stdout() {
    return output.stdout();
  }

  private String stderr() {
    return output.stderr();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String spec() throws IOException {
    try (InputStream in = DiffCommandTest.class.getClassLoader().getResourceAsStream("openapi/activations.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The real spec with the first operation's rate limit lowered: breaks callers. */
  private Path lowered() throws IOException {
    String text = spec();
    assertThat(text).contains(LIMIT);
    return write("lowered.yaml", text.replaceFirst(LIMIT, "x-rate-limit-per-minute: 40"));
  }

  @Test
  void sameDocument_exits0() throws IOException {
    Path base = write("base.yaml", spec());

    int code = ContractCli.run("diff", base.toString(), base.toString());

    assertThat(code).isZero();
    assertThat(stdout()).contains("0 ERR, 0 WARN, 0 INFO");
  }

  @Test
  void loweredRateLimit_exits1_andNamesTheRule() throws IOException {
    Path base = write("base.yaml", spec());

    int code = ContractCli.run("diff", base.toString(), lowered().toString());

    assertThat(code).isEqualTo(1);
    assertThat(stdout()).contains("ERR  rate-limit-lowered request:").contains("/x-rate-limit-per-minute");
  }

  @Test
  void relaxAlpha_turnsErrOnAV1alphaOperationIntoWarn_onlyWhenAsked() throws IOException {
    Path base = write("base.yaml", spec());

    int relaxed = ContractCli.run("diff", base.toString(), lowered().toString(), "--relax-alpha");

    assertThat(relaxed).isZero();
    assertThat(stdout()).contains("WARN rate-limit-lowered").contains("relaxed from ERR");
    assertThat(ContractCli.run("diff", base.toString(), lowered().toString(), "--relax-alpha", "--fail-on", "WARN")).isEqualTo(1);
  }

  @Test
  void compatibleChange_exits0_butFailOnWarnCountsWarnings() throws IOException {
    Path base = write("base.yaml", spec());
    Path raised = write("raised.yaml", spec().replaceFirst(LIMIT, "x-rate-limit-per-minute: 60"));

    assertThat(ContractCli.run("diff", base.toString(), raised.toString())).isZero();
    assertThat(ContractCli.run("diff", base.toString(), raised.toString(), "--fail-on", "WARN")).isZero();
    assertThat(ContractCli.run("diff", raised.toString(), base.toString(), "--fail-on", "warn")).isEqualTo(1);
  }

  @Test
  void jsonFormat_isOneObjectWithFindings() throws IOException {
    Path base = write("base.yaml", spec());

    int code = ContractCli.run("diff", base.toString(), lowered().toString(), "--format", "json");

    assertThat(code).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.path("breaking").asBoolean()).isTrue();
    assertThat(json.path("findings").get(0).path("rule").asText()).isEqualTo("rate-limit-lowered");
    assertThat(json.path("findings").get(0).path("revisionLocation").asText()).endsWith("/x-rate-limit-per-minute");
  }

  @Test
  void markdownFormat_isATable() throws IOException {
    Path base = write("base.yaml", spec());

    ContractCli.run("diff", base.toString(), lowered().toString(), "--format", "markdown");

    assertThat(stdout()).contains("**Breaking.**").contains("| ERR | `rate-limit-lowered` |");
  }

  @Test
  void ignoreFile_acceptsTheFinding_withItsReason() throws IOException {
    Path base = write("base.yaml", spec());
    Path ignore = write("ignore.yaml", """
        - rule: rate-limit-lowered
          operation: addActivationToAudience
          location: /paths/~1spaces~1{spaceId}~1audiences~1{audienceId}~1destination-connections~1{connectionId}~1activations/post/x-rate-limit-per-minute
          reason: the vendor lowered it on 2026-11-01
        """);

    int code = ContractCli.run("diff", base.toString(), lowered().toString(), "--ignore", ignore.toString());

    assertThat(code).as(stdout()).isZero();
    assertThat(stdout()).contains("IGNORED rate-limit-lowered").contains("reason: the vendor lowered it on 2026-11-01");
  }

  @Test
  void expiredIgnoreEntry_failsTheGate() throws IOException {
    Path base = write("base.yaml", spec());
    Path ignore = write("ignore.yaml", """
        - rule: rate-limit-lowered
          operation: addActivationToAudience
          location: /paths/~1spaces~1{spaceId}~1audiences~1{audienceId}~1destination-connections~1{connectionId}~1activations/post/x-rate-limit-per-minute
          reason: accepted for the migration
          expires: 2020-01-31
        """);

    int code = ContractCli.run("diff", base.toString(), base.toString(), "--ignore", ignore.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stdout()).contains("EXPIRED ignore entry");
  }

  @Test
  void ignoreEntryWithoutReason_isAUsageError() throws IOException {
    Path base = write("base.yaml", spec());
    Path ignore = write("ignore.yaml", "- rule: rate-limit-lowered\n  operation: x\n  location: /paths\n");

    int code = ContractCli.run("diff", base.toString(), base.toString(), "--ignore", ignore.toString());

    assertThat(code).isEqualTo(2);
    assertThat(stderr().strip()).doesNotContain("\n").contains("'reason' is mandatory");
  }

  @Test
  void unparseableRevision_isAUsageErrorOnOneLine() throws IOException {
    Path base = write("base.yaml", spec());
    Path broken = write("broken.yaml", "openapi: 3.0.3\npaths: [\n");

    int code = ContractCli.run("diff", base.toString(), broken.toString());

    assertThat(code).isEqualTo(2);
    assertThat(stderr().strip()).startsWith("contract diff: ").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void missingFileAndUnknownRevision_areUsageErrors() throws IOException {
    Path base = write("base.yaml", spec());

    assertThat(ContractCli.run("diff", base.toString(), dir.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(ContractCli.run("diff", base.toString(), "no-such-ref-anywhere:spec/activations.yaml")).isEqualTo(2);
    assertThat(stderr()).contains("no such file").contains("git");
  }

  @Test
  void unknownFailOnLevel_isAUsageError() throws IOException {
    Path base = write("base.yaml", spec());

    assertThat(ContractCli.run("diff", base.toString(), base.toString(), "--fail-on", "INFO")).isEqualTo(2);
    assertThat(stderr()).contains("expected ERR or WARN");
  }
}
