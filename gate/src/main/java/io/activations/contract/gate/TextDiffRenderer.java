package io.activations.contract.gate;

/** One line per finding, then what was ignored and why, then a summary line; for terminals and CI logs. */
public final class TextDiffRenderer implements DiffRenderer {

  @Override
  public String render(DiffResult result) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : result.findings()) {
      out.append(String.format("%-4s %s %s: %s%n", finding.level(), finding.ruleId(), finding.side().label(), finding.message()));
      out.append("     at ").append(locations(finding)).append(System.lineSeparator());
    }
    for (IgnoredFinding ignored : result.ignored()) {
      out.append("IGNORED ").append(ignored.finding().ruleId()).append(": ").append(ignored.finding().message())
          .append(System.lineSeparator()).append("     reason: ").append(ignored.entry().reason())
          .append(ignored.entry().expires().map(date -> " (until " + date + ")").orElse("")).append(System.lineSeparator());
    }
    for (IgnoreEntry entry : result.expiredIgnores()) {
      out.append("EXPIRED ignore entry (line ").append(entry.line()).append(") ").append(entry.ruleId()).append(' ')
          .append(entry.operation()).append(' ').append(entry.location()).append(": expired ")
          .append(entry.expires().orElseThrow()).append(System.lineSeparator());
    }
    for (IgnoreEntry entry : result.unmatchedIgnores()) {
      out.append("UNMATCHED ignore entry (line ").append(entry.line()).append(") ").append(entry.ruleId()).append(' ')
          .append(entry.operation()).append(' ').append(entry.location()).append(": matched no finding")
          .append(System.lineSeparator());
    }
    out.append(summary(result)).append(System.lineSeparator());
    return out.toString();
  }

  static String locations(Finding finding) {
    String base = finding.baseLocation().isEmpty() ? "-" : finding.baseLocation();
    String revision = finding.revisionLocation().isEmpty() ? "-" : finding.revisionLocation();
    return "base " + base + " | revision " + revision;
  }

  static String summary(DiffResult result) {
    return String.format("%s -> %s: %d ERR, %d WARN, %d INFO, %d ignored, %d ignore entries expired, %d unmatched",
        result.base(), result.revision(), result.count(Level.ERR), result.count(Level.WARN), result.count(Level.INFO),
        result.ignored().size(), result.expiredIgnores().size(), result.unmatchedIgnores().size());
  }
}
