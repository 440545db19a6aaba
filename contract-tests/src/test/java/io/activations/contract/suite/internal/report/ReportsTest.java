package io.activations.contract.suite.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.suite.ContractSuite;
import io.activations.contract.suite.SuiteOptions;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.fault.Fault;
import io.activations.contract.suite.internal.fault.FaultInjectingTarget;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportsTest {

  private static SuiteResult result;
  private static String token;

  @BeforeAll
  static void runAgainstABrokenServer() {
    try (FaultInjectingTarget target = FaultInjectingTarget.start(Fault.DROP_REQUIRED_FIELD)) {
      token = target.token().reveal();
      result = ContractSuite.forTarget(target).withOptions(SuiteOptions.defaults().withBurst(false)).run();
    }
    assertThat(result.failed()).isPositive();
  }

  @Test
  void everyReport_neverContainsTheToken() {
    for (SuiteRenderer renderer : List.of(new JunitXmlRenderer(), new JsonRenderer(), new MarkdownRenderer())) {
      assertThat(renderer.render(result)).as(renderer.fileName()).doesNotContain(token).contains("Authorization: Bearer ****");
    }
    assertThat(new ConsoleRenderer().render(result)).doesNotContain(token);
  }

  @Test
  void junitXml_isWellFormedWithOneTestcasePerCase() throws Exception {
    String xml = new JunitXmlRenderer().render(result);

    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(document.getElementsByTagName("testcase").getLength()).isEqualTo(result.cases().size());
    assertThat(document.getDocumentElement().getAttribute("failures")).isEqualTo(Long.toString(result.failed()));
    assertThat(document.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("type").getNodeValue())
        .isEqualTo(result.failures().get(0).errors().get(0).key());
  }

  @Test
  void json_carriesTheSummaryCoverageAndEveryFindingKey() {
    JsonNode json = Json.parse(new JsonRenderer().render(result).getBytes(StandardCharsets.UTF_8)).orElseThrow();

    assertThat(json.path("summary").path("cases").asInt()).isEqualTo(result.cases().size());
    assertThat(json.path("summary").path("failed").asLong()).isEqualTo(result.failed());
    assertThat(json.path("coverage")).hasSize(result.coverage().operations().size());
    assertThat(json.path("cases").findValuesAsText("key")).contains("response.body.required");
  }

  @Test
  void console_endsWithTheSummaryLineAndShowsTheMatrix() {
    String text = new ConsoleRenderer().render(result);

    assertThat(text.strip()).endsWith(result.failed() == 0 ? "0 failed" : result.summaryLine());
    assertThat(text).contains("coverage").contains("addActivationToAudience").contains("failures:");
  }

  @Test
  void writeAll_writesXmlJsonAndMarkdown(@TempDir Path dir) throws Exception {
    List<Path> written = SuiteReports.writeAll(result, dir.resolve("nested/report"));

    assertThat(written).extracting(p -> p.getFileName().toString())
        .containsExactly("TEST-activations-contract.xml", "contract-report.json", "contract-report.md");
    assertThat(Files.readString(written.get(2))).contains("## Coverage of declared statuses").contains("## Failures");
  }
}
