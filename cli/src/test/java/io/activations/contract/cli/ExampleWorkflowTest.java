package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflow users copy (examples/github-actions/contract-gate.yml) is valid YAML
 * and does what the README says: whole history, Java 17, the gate against the base branch with a
 * summary, the summary posted even when the gate failed, the JUnit XML uploaded.
 */
class ExampleWorkflowTest {

  private static final Path WORKFLOW = Path.of("../examples/github-actions/contract-gate.yml");

  @Test
  void workflow_runsTheGateAndPublishesItsReports() throws IOException {
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    List<JsonNode> steps = new ArrayList<>();
    workflow.path("jobs").path("gate").path("steps").forEach(steps::add);

    assertThat(workflow.path("on").path("pull_request").path("paths").toString()).contains("spec/**");
    assertThat(step(steps, "actions/checkout").path("with").path("fetch-depth").asInt(-1)).isZero();
    assertThat(step(steps, "actions/setup-java").path("with").path("java-version").asText()).isEqualTo("17");
    String gate = steps.stream().map(s -> s.path("run").asText()).filter(run -> run.contains("./contract gate")).findFirst().orElseThrow();
    assertThat(gate).contains("--base \"origin/${GITHUB_BASE_REF}\"", "--summary target/contract-gate/summary.md");
    assertThat(steps.stream().filter(s -> s.path("run").asText().contains("gh pr comment")))
        .singleElement().satisfies(s -> assertThat(s.path("if").asText()).startsWith("always()"));
    JsonNode upload = step(steps, "actions/upload-artifact");
    assertThat(upload.path("if").asText()).isEqualTo("always()");
    assertThat(upload.path("with").path("path").asText()).isEqualTo("target/contract-gate/");
  }

  private static JsonNode step(List<JsonNode> steps, String action) {
    return steps.stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + action));
  }
}
