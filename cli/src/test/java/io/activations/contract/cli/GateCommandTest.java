package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.cli.testing.ThrowawayRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./contract gate} on a throwaway git repository built here: the project's document, then a
 * compatible commit (a response property added, descriptions changed), then a breaking one: a lower
 * rate limit (breaks callers on the wire; the client does not change) and an integer of a response
 * widened to int64 (harmless on the wire, but the generated client's getter changes type).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GateCommandTest {

  private static final String SPEC = "spec/activations.yaml";
  private static final String PACT = "pacts/dashboard-activations-api.json";

  /** A consumer's pact (V3): it reads one activation and expects its id and whether it is enabled. */
  private static final String PACT_TEXT = """
      {
        "consumer": {"name": "dashboard"},
        "provider": {"name": "activations-api"},
        "interactions": [{
          "description": "a request for an activation",
          "providerStates": [{"name": "an activation exists"}],
          "request": {
            "method": "GET",
            "path": "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321",
            "headers": {"Authorization": "Bearer mock-token-workspace-a"}
          },
          "response": {
            "status": 200,
            "headers": {"Content-Type": "application/vnd.segment.v1alpha+json"},
            "body": {"data": {"activation": {"id": "act_987654321", "enabled": true}}}
          }
        }],
        "metadata": {"pactSpecification": {"version": "3.0.0"}}
      }
      """;

  @TempDir
  static Path work;

  private static ThrowawayRepository repository;
  private static String original;

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void buildRepository() throws IOException {
    try (InputStream in = GateCommandTest.class.getClassLoader().getResourceAsStream("openapi/activations.yaml")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    repository = ThrowawayRepository.init(work.resolve("repo"));
    repository.commit(SPEC, original, "the Activations API as released");
  }

  @Test
  @Order(1)
  void compatibleCommit_passesEveryStep() throws IOException {
    String compatible = edit(original, "        totalEntries: {type: integer, minimum: 0}\n",
        "        totalEntries: {type: integer, minimum: 0}\n        pageSize: {type: integer, minimum: 1, description: How many items a page holds.}\n");
    compatible = edit(compatible, "description: Creates an activation on a connection.", "description: Creates one activation on a connection.");
    repository.commit(SPEC, compatible, "pagination tells the page size");
    repository.commit(PACT, PACT_TEXT, "the dashboard's pact");

    int exit = gate("HEAD~2", "compatible");

    assertThat(exit).as(console.stdout() + console.stderr()).isZero();
    String summary = Files.readString(work.resolve("compatible/summary.md"));
    assertThat(summary).startsWith("## ✅ Contract gate passed")
        .contains("| ✅ lint | passed |", "| ✅ breaking changes | passed |", "| ✅ client compatibility | passed |", "| ✅ regenerate and compile | passed |",
            "| ✅ contract suite | passed |", "| ✅ pacts | passed | 1 pact file: 0 errors")
        .doesNotContain("❌");
    String junit = Files.readString(work.resolve("compatible/reports/TEST-contract-gate.xml"));
    assertThat(junit).contains("<testsuite name=\"contract.gate\"", "failures=\"0\"", "name=\"client compatibility\"")
        .doesNotContain("<failure");
    assertThat(work.resolve("compatible/reports/suite/TEST-activations-contract.xml")).exists();
    assertThat(console.stdout()).contains("gate passed");
  }

  @Test
  @Order(2)
  void breakingCommit_failsWithTheClientChangeNextToItsCause() throws IOException {
    String current = Files.readString(repository.file(SPEC));
    String breaking = edit(current, "totalEntries: {type: integer, minimum: 0}", "totalEntries: {type: integer, format: int64, minimum: 0}");
    breaking = edit(breaking, "        audience.\n      x-rate-limit-per-minute: 60\n", "        audience.\n      x-rate-limit-per-minute: 30\n");
    repository.commit(SPEC, breaking, "totalEntries may exceed 2^31; reading one activation is limited to 30 a minute");
    // the consumer now also expects a field the document never promised
    repository.commit(PACT, PACT_TEXT.replace("\"enabled\": true", "\"enabled\": true, \"colour\": \"blue\""), "the dashboard reads a colour");

    int exit = gate("HEAD~2", "breaking");

    assertThat(exit).as(console.stdout() + console.stderr()).isEqualTo(1);
    String summary = Files.readString(work.resolve("breaking/summary.md"));
    assertThat(summary).startsWith("## ❌ Contract gate failed")
        .contains("| ❌ breaking changes | failed |", "| ❌ client compatibility | failed |")
        .contains("`client-method-return-type-changed` | `PaginationOutput.getTotalEntries` | `/components/schemas/PaginationOutput/properties/totalEntries`")
        .contains("| ✅ lint | passed |", "| ✅ contract suite | passed |");
    // the client's change points back to the document's finding at the same property
    assertThat(summary.lines().filter(line -> line.contains("`PaginationOutput.getTotalEntries`")))
        .singleElement().asString().contains("response-property-format-specialized (INFO) at /components/schemas/PaginationOutput/properties/totalEntries");
    assertThat(summary).contains("`rate-limit-lowered`");
    assertThat(summary).contains("| ❌ pacts | failed |", "`response.body.undeclaredField`");
    String junit = Files.readString(work.resolve("breaking/reports/TEST-contract-gate.xml"));
    assertThat(junit).contains("failures=\"3\"", "<failure message=\"", "PaginationOutput.getTotalEntries", "rate-limit-lowered",
        "response.body.undeclaredField");
    assertThat(console.stdout()).contains("gate failed");
  }

  @Test
  @Order(3)
  void unknownBaseRevision_isAUsageError() {
    int exit = gate("no-such-branch", "unknown");

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().strip()).startsWith("contract gate: cannot read").contains("no-such-branch").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  @Order(4)
  void missingBaseOption_isAUsageError() {
    int exit = ContractCli.run("gate", "--spec", repository.file(SPEC).toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr()).contains("--base");
  }

  @Test
  @Order(5)
  void documentThatDoesNotParse_isAUsageError() throws IOException {
    Path broken = Files.writeString(work.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: [not, a, map\n");

    int exit = ContractCli.run("gate", "--base", "HEAD", "--spec", broken.toString(), "--report-dir", work.resolve("broken-reports").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().strip()).startsWith("contract gate: cannot load").doesNotContain("\n");
  }

  @Test
  @Order(6)
  void ignoreFileWithAnUnknownRule_isAUsageError_beforeAnyStepRuns() throws IOException {
    Path ignore = Files.writeString(work.resolve("ignore.yaml"),
        "- rule: no-such-rule\n  operation: GET /spaces\n  location: /paths\n  reason: a typo must not ignore nothing\n");

    int exit = ContractCli.run("gate", "--base", "HEAD", "--spec", repository.file(SPEC).toString(), "--ignore", ignore.toString(),
        "--report-dir", work.resolve("ignore-reports").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().strip()).startsWith("contract gate: ").contains("no-such-rule").doesNotContain("\n");
    assertThat(console.stdout()).doesNotContain("lint");
  }

  private int gate(String base, String name) {
    return ContractCli.run("gate", "--base", base, "--spec", repository.file(SPEC).toString(),
        "--summary", work.resolve(name + "/summary.md").toString(), "--report-dir", work.resolve(name + "/reports").toString(),
        "--pacts", repository.file("pacts").toString());
  }

  private static String edit(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }
}
