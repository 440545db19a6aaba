package io.activations.contract.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The whole result as one JSON object, for tools. Field names are stable. */
public final class JsonDiffRenderer implements DiffRenderer {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(DiffResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("base", result.base());
    root.put("revision", result.revision());
    root.put("breaking", result.isBreaking());
    ObjectNode counts = root.putObject("counts");
    for (Level level : Level.values()) {
      counts.put(level.name(), result.count(level));
    }
    ArrayNode findings = root.putArray("findings");
    result.findings().forEach(finding -> findings.add(finding(finding)));
    ArrayNode ignored = root.putArray("ignored");
    for (IgnoredFinding item : result.ignored()) {
      ObjectNode node = finding(item.finding());
      node.put("reason", item.entry().reason());
      item.entry().expires().ifPresent(date -> node.put("expires", date.toString()));
      ignored.add(node);
    }
    ArrayNode expired = root.putArray("expiredIgnores");
    result.expiredIgnores().forEach(entry -> expired.add(entry(entry)));
    ArrayNode unmatched = root.putArray("unmatchedIgnores");
    result.unmatchedIgnores().forEach(entry -> unmatched.add(entry(entry)));
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  private static ObjectNode finding(Finding finding) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", finding.ruleId());
    node.put("level", finding.level().name());
    node.put("side", finding.side().label());
    node.put("operation", finding.operation());
    node.put("operationId", finding.operationId());
    node.put("baseLocation", finding.baseLocation());
    node.put("revisionLocation", finding.revisionLocation());
    node.put("message", finding.message());
    return node;
  }

  private static ObjectNode entry(IgnoreEntry entry) {
    ObjectNode node = JSON.createObjectNode();
    node.put("rule", entry.ruleId());
    node.put("operation", entry.operation());
    node.put("location", entry.location());
    node.put("reason", entry.reason());
    entry.expires().ifPresent(date -> node.put("expires", date.toString()));
    node.put("line", entry.line());
    return node;
  }
}
