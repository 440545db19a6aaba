package io.activations.contract.gate;

/** A Markdown report a CI job can post on a pull request: a summary line, then tables. */
public final class MarkdownDiffRenderer implements DiffRenderer {

  @Override
  public String render(DiffResult result) {
    StringBuilder out = new StringBuilder("### API changes\n\n");
    out.append(result.isBreaking() ? "**Breaking.** " : "No breaking change. ")
        .append(TextDiffRenderer.summary(result).replace("|", "\\|")).append("\n\n");
    if (!result.findings().isEmpty()) {
      out.append("| level | rule | side | operation | change | base | revision |\n|---|---|---|---|---|---|---|\n");
      for (Finding finding : result.findings()) {
        out.append("| ").append(finding.level()).append(" | `").append(finding.ruleId()).append("` | ")
            .append(finding.side().label()).append(" | ").append(cell(finding.operation())).append(" | ")
            .append(cell(finding.message())).append(" | ").append(code(finding.baseLocation())).append(" | ")
            .append(code(finding.revisionLocation())).append(" |\n");
      }
      out.append('\n');
    }
    if (!result.ignored().isEmpty()) {
      out.append("Ignored:\n\n| rule | operation | change | reason | until |\n|---|---|---|---|---|\n");
      for (IgnoredFinding ignored : result.ignored()) {
        out.append("| `").append(ignored.finding().ruleId()).append("` | ").append(cell(ignored.finding().operation()))
            .append(" | ").append(cell(ignored.finding().message())).append(" | ").append(cell(ignored.entry().reason()))
            .append(" | ").append(ignored.entry().expires().map(Object::toString).orElse("")).append(" |\n");
      }
      out.append('\n');
    }
    for (IgnoreEntry entry : result.expiredIgnores()) {
      out.append("- Expired ignore entry (line ").append(entry.line()).append("): `").append(entry.ruleId()).append("` ")
          .append(cell(entry.operation())).append(", expired ").append(entry.expires().orElseThrow()).append('\n');
    }
    for (IgnoreEntry entry : result.unmatchedIgnores()) {
      out.append("- Unmatched ignore entry (line ").append(entry.line()).append("): `").append(entry.ruleId()).append("` ")
          .append(cell(entry.operation())).append(' ').append(code(entry.location())).append('\n');
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String code(String pointer) {
    return pointer.isEmpty() ? "" : "`" + pointer.replace("|", "\\|") + "`";
  }
}
