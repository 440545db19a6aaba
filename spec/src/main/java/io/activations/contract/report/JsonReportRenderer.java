package io.activations.contract.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * A JSON object for tools: {@code {"errors": n, "warnings": n, "findings": [{key, level, location,
 * message}, ...]}}.
 */
public final class JsonReportRenderer implements ReportRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("errors", report.findings().stream().filter(f -> f.level() == Level.ERROR).count());
    root.put("warnings", report.findings().stream().filter(f -> f.level() == Level.WARNING).count());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      findings.addObject()
          .put("key", finding.key())
          .put("level", finding.level().name())
          .put("location", finding.location())
          .put("message", finding.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // a tree of strings and numbers always serialises; this would be a Jackson bug
      throw new UncheckedIOException(e);
    }
  }
}
