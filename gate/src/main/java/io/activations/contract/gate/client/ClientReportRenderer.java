package io.activations.contract.gate.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The client check's findings in the three formats of {@code ./contract diff}: text lines, a
 * Markdown table, a JSON object. Every finding is ERR: code written against the old client breaks.
 */
public final class ClientReportRenderer {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One line per finding ({@code ERR rule Java-element: sentence [caused by ...]}), then a summary line. */
  public String text(ClientCompatibilityReport report) {
    StringBuilder out = new StringBuilder();
    for (ClientFinding f : report.findings()) {
      out.append("ERR ").append(f.ruleId()).append(f.element().isEmpty() ? "" : " " + f.element()).append(": ").append(f.message());
      if (!f.causes().isEmpty()) {
        out.append(" [caused by ").append(String.join("; ", f.causes())).append(']');
      }
      out.append('\n');
    }
    return out.append(summary(report)).append('\n').toString();
  }

  /** A heading, the summary, and a table with each finding beside the document change behind it. */
  public String markdown(ClientCompatibilityReport report) {
    StringBuilder md = new StringBuilder("### Generated Java client\n\n").append(summary(report)).append("\n\n");
    if (!report.findings().isEmpty()) {
      md.append(table(report)).append('\n');
    }
    return md.toString();
  }

  /** The findings alone as a Markdown table. */
  public String table(ClientCompatibilityReport report) {
    StringBuilder md = new StringBuilder("| level | rule | Java | from the document | caused by | finding |\n|---|---|---|---|---|---|\n");
    for (ClientFinding f : report.findings()) {
      md.append("| ERR | ").append(code(f.ruleId())).append(" | ").append(code(f.element())).append(" | ")
          .append(code(f.origin().pointer())).append(" | ").append(cell(String.join("; ", f.causes()))).append(" | ")
          .append(cell(f.message())).append(" |\n");
    }
    return md.toString();
  }

  /** {@code {compatible, note, sources: {base, revision}, findings: [...]}}. */
  public ObjectNode json(ClientCompatibilityReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("compatible", report.isCompatible());
    root.put("note", report.note());
    ObjectNode sources = root.putObject("sources");
    sources.put("base", report.base().sourceFiles());
    sources.put("revision", report.revision().sourceFiles());
    ArrayNode findings = root.putArray("findings");
    for (ClientFinding f : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("rule", f.ruleId());
      node.put("level", "ERR");
      node.put("element", f.element());
      node.put("location", f.origin().pointer());
      node.put("operationId", f.origin().operationId());
      node.put("before", f.change() == null ? "" : f.change().before());
      node.put("after", f.change() == null ? "" : f.change().after());
      node.put("binaryCompatible", f.change() != null && f.change().binaryCompatible());
      node.put("sourceCompatible", f.change() != null && f.change().sourceCompatible());
      node.put("message", f.message());
      f.causes().forEach(node.putArray("causes")::add);
    }
    return root;
  }

  public String summary(ClientCompatibilityReport report) {
    if (!report.note().isEmpty()) {
      return "Generated Java client not compared: " + report.note() + ".";
    }
    int n = report.findings().size();
    return n == 0 ? "Generated Java client: code written against the base's client still compiles and links."
        : "Generated Java client: " + n + (n == 1 ? " incompatibility." : " incompatibilities.");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\R", " ");
  }

  private static String code(String text) {
    return text.isEmpty() ? "" : "`" + cell(text).replace('`', '\'') + "`";
  }
}
