package io.activations.contract.gate;

/** The rule list as a Markdown table, rendered from {@link Rules#all()} for the README. */
public final class RuleTable {

  private RuleTable() {}

  public static String markdown() {
    StringBuilder out = new StringBuilder(counts()).append("\n\n| rule | level | side | when |\n|---|---|---|---|\n");
    for (Rule rule : Rules.all()) {
      out.append("| `").append(rule.id()).append("` | ").append(rule.level()).append(" | ").append(rule.side().label())
          .append(" | ").append(rule.summary().replace("|", "\\|")).append(" |\n");
    }
    return out.toString();
  }

  /** {@code 110 rules: 50 ERR, 8 WARN, 52 INFO; 70 request, 36 response, 4 document}. */
  public static String counts() {
    java.util.List<Rule> rules = Rules.all();
    StringBuilder out = new StringBuilder().append(rules.size()).append(" rules: ");
    java.util.StringJoiner levels = new java.util.StringJoiner(", ");
    for (Level level : Level.values()) {
      levels.add(rules.stream().filter(r -> r.level() == level).count() + " " + level);
    }
    java.util.StringJoiner sides = new java.util.StringJoiner(", ");
    for (Side side : Side.values()) {
      sides.add(rules.stream().filter(r -> r.side() == side).count() + " " + side.label());
    }
    return out.append(levels).append("; ").append(sides).append('.').toString();
  }
}
