package io.activations.contract.gate;

import java.util.Objects;

/**
 * One check of the gate: a stable id (oasdiff's name where one fits), its level, the side it judges
 * and a summary for the rule list. {@link Rules#all()} holds every rule.
 */
public record Rule(String id, Level level, Side side, String summary) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(summary, "summary");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("rule id must be lower-case words joined by '-': " + id);
    }
  }
}
