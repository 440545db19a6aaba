package io.activations.contract.gate;

/** The rule list as a Markdown table, rendered from {@link Rules#all()} for the README. */
public final class RuleTable {

  private RuleTable() {}

  public static String markdown() {
    StringBuilder out = new StringBuilder("| rule | level | side | when |\n|---|---|---|---|\n");
    for (Rule rule : Rules.all()) {
      out.append("| `").append(rule.id()).append("` | ").append(rule.level()).append(" | ").append(rule.side().label())
          .append(" | ").append(rule.summary().replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }
}
