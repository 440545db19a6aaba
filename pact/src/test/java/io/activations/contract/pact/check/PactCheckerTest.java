package io.activations.contract.pact.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a pact can promise more than the spec is caught with its key; a pact the spec allows stays quiet. */
class PactCheckerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACTIVATION = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations/act_987654321";
  private static final String ACTIVATIONS = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS/activations";

  @TempDir Path dir;

  @Test
  void pactTheSpecAllows_hasNoError() throws Exception {
    Report report = check(PactFixture.v3(PactFixture.getActivation()));
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void responseFieldTheSpecDoesNotDeclare_isRejected() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    ((ObjectNode) interaction.at("/response/body/data/activation")).put("colour", "blue");
    assertThat(errorKeys(check(PactFixture.v3(interaction)))).containsExactly("response.body.undeclaredField");
  }

  @Test
  void requestMissingARequiredField_isRejected() throws Exception {
    ObjectNode interaction = PactFixture.addActivation();
    ((ObjectNode) interaction.at("/request/body")).remove("activationName");
    assertThat(errorKeys(check(PactFixture.v3(interaction)))).containsExactly("request.body.required");
  }

  @Test
  void statusTheOperationDoesNotDeclare_isRejected() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    ((ObjectNode) interaction.get("response")).put("status", 418);
    assertThat(errorKeys(check(PactFixture.v3(interaction)))).containsExactly("response.status.undeclared");
  }

  @Test
  void pathTheSpecDoesNotHave_isRejected() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    ((ObjectNode) interaction.get("request")).put("path", "/spaces/spa_1/segments");
    assertThat(errorKeys(check(PactFixture.v3(interaction)))).containsExactly("request.operation.unknown");
  }

  @Test
  void queryValueOutOfBounds_isRejected() throws Exception {
    ObjectNode interaction = PactFixture.listActivations();
    ((ObjectNode) interaction.get("request")).putObject("query").putArray("pagination.count").add("5000");
    assertThat(errorKeys(check(PactFixture.v3(interaction)))).containsExactly("request.parameter.maximum");
  }

  @Test
  void queryValueOutOfBounds_inAnInteractionExpecting422_isExpectedNotAnError() throws Exception {
    ObjectNode interaction = PactFixture.listActivations();
    ((ObjectNode) interaction.get("request")).putObject("query").putArray("pagination.count").add("0");
    ObjectNode response = (ObjectNode) interaction.get("response");
    response.put("status", 422);
    response.putObject("headers").put("Content-Type", "application/json");
    response.putObject("body").putArray("errors").addObject().put("type", "input-validation").put("message", "too small");
    Report report = check(PactFixture.v3(interaction));
    assertThat(report.errors()).isEmpty();
    assertThat(report.contains("request.parameter.minimum")).isTrue();
  }

  @Test
  void pactHoldingARealToken_neverPasses() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    ((ObjectNode) interaction.at("/request/headers")).put("Authorization", "Bearer sk_live_7f3a9c2e41b8d6");
    Report report = check(PactFixture.v3(interaction));
    assertThat(errorKeys(report)).containsExactly("pact.token.real");
    assertThat(report.toString()).doesNotContain("sk_live_7f3a9c2e41b8d6");
  }

  @Test
  void stateTheMockDoesNotKnow_isAWarning() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    interaction.putArray("providerStates").addObject().put("name", "the moon is full");
    Report report = check(PactFixture.v3(interaction));
    assertThat(report.warnings()).extracting(Finding::key).contains("pact.providerState.unknown");
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void findingsNameTheFileTheInteractionAndItsState() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    ((ObjectNode) interaction.get("response")).put("status", 418);
    Path file = write(PactFixture.v3(interaction));
    Finding finding = checker().check(PactFile.read(file)).errors().get(0);
    assertThat(finding.location()).contains(file.toString()).contains("'a request for an activation'")
        .contains("given an activation exists");
  }

  @Test
  void v2AndV4PactsAreReadToo() throws Exception {
    ObjectNode v2 = PactFixture.v2(PactFixture.getActivation());
    assertThat(PactFile.read(write(v2)).interactions()).hasSize(1);
    ObjectNode v4 = PactFixture.v4(PactFixture.getActivation());
    PactFile file = PactFile.read(write(v4));
    assertThat(file.specVersion()).isEqualTo("4.0");
    assertThat(checker().check(file).errors()).isEmpty();
  }

  @Test
  void v4UndeclaredResponseField_isRejectedToo() throws Exception {
    ObjectNode interaction = PactFixture.getActivation();
    ((ObjectNode) interaction.at("/response/body/data/activation")).put("colour", "blue");
    assertThat(errorKeys(checker().check(PactFile.read(write(PactFixture.v4(interaction))))))
        .containsExactly("response.body.undeclaredField");
  }

  @Test
  void malformedPact_isOneLineError() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"interactions\": [");
    assertThatThrownBy(() -> PactFile.read(file)).isInstanceOf(PactFileException.class)
        .hasMessageStartingWith(file.toString()).hasMessageNotContaining("\n");
    Files.writeString(file, "{\"consumer\": {}}");
    assertThatThrownBy(() -> PactFile.read(file)).hasMessageContaining("not a pact");
  }

  private Report check(ObjectNode pact) throws Exception {
    return checker().check(PactFile.read(write(pact)));
  }

  private Path write(ObjectNode pact) throws Exception {
    Path file = Files.createTempFile(dir, "pact", ".json");
    Files.writeString(file, JSON.writeValueAsString(pact));
    return file;
  }

  static PactChecker checker() {
    return PactChecks.forSpec(io.activations.contract.spec.Spec.bundled());
  }

  private static java.util.List<String> errorKeys(Report report) {
    return report.errors().stream().map(Finding::key).toList();
  }
}
