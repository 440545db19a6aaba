package io.activations.contract.suite.internal.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.report.Finding;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.Coverage;
import io.activations.contract.suite.Exchange;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.Transcript;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Json;

/**
 * The machine-readable report: a summary, the coverage matrix, and every case with its findings
 * (keys, levels, locations) and the requests it sent (token masked).
 */
final class JsonRenderer implements SuiteRenderer {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public String fileName() {
    return "contract-report.json";
  }

  @Override
  public String render(SuiteResult result) {
    ObjectNode root = NODES.objectNode();
    root.put("target", result.target());
    root.put("spec", result.specSource());
    ObjectNode summary = root.putObject("summary");
    summary.put("cases", result.cases().size());
    summary.put("passed", result.passed());
    summary.put("failed", result.failed());
    summary.put("skipped", result.skipped());
    summary.put("checks", result.checks());
    summary.put("requests", result.requests());
    summary.put("durationMs", result.duration().toMillis());
    summary.put("declaredStatuses", result.coverage().declared());
    summary.put("declaredStatusesNotExercised", result.coverage().missing());
    ArrayNode notes = root.putArray("notes");
    result.notes().forEach(notes::add);
    ArrayNode coverage = root.putArray("coverage");
    for (Coverage.OperationCoverage row : result.coverage().operations()) {
      ObjectNode item = coverage.addObject();
      item.put("operationId", row.operationId());
      row.declared().forEach(item.putArray("declared")::add);
      row.seen().forEach(item.putArray("exercised")::add);
      row.missing().forEach(item.putArray("notExercised")::add);
      row.undeclaredSeen().forEach(item.putArray("undeclaredSeen")::add);
    }
    ArrayNode cases = root.putArray("cases");
    result.cases().forEach(c -> cases.add(caseNode(c)));
    try {
      return Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static ObjectNode caseNode(CaseResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("group", result.group());
    node.put("name", result.name());
    node.put("status", result.status().name());
    node.put("durationMs", result.duration().toMillis());
    node.put("checks", result.checks());
    if (!result.note().isEmpty()) {
      node.put("note", result.note());
    }
    if (result.failed()) {
      node.put("transcript", Transcript.of(result));
    }
    ArrayNode findings = node.putArray("findings");
    for (Finding finding : result.findings()) {
      ObjectNode item = findings.addObject();
      item.put("key", finding.key());
      item.put("level", finding.level().name());
      item.put("provenance", FindingKey.provenanceOf(finding.key()).name());
      item.put("location", finding.location());
      item.put("message", finding.message());
    }
    ArrayNode exchanges = node.putArray("exchanges");
    for (Exchange exchange : result.exchanges()) {
      ObjectNode item = exchanges.addObject();
      item.put("operationId", exchange.operation().operationId());
      item.put("method", exchange.request().method());
      item.put("path", Transcript.requestLine(exchange.request()));
      item.put("status", exchange.status());
      item.put("elapsedMs", exchange.elapsed().toMillis());
    }
    return node;
  }
}
