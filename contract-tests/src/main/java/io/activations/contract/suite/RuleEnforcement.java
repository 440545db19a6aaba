package io.activations.contract.suite;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Provenance;
import java.util.List;

/**
 * Whether a failing house rule fails the case. On the project's own mock, or with {@code --strict},
 * every rule is enforced; on another server a house rule that does not hold becomes a warning that
 * says so, since the vendor never promised it.
 */
record RuleEnforcement(boolean enforceHouseRules) {

  static final String SOFTENED = "house rule, a warning on this server (--strict fails it): ";

  List<Finding> apply(List<Finding> findings) {
    if (enforceHouseRules) {
      return findings;
    }
    return findings.stream().map(RuleEnforcement::soften).toList();
  }

  private static Finding soften(Finding finding) {
    if (finding.level() != Level.ERROR || FindingKey.provenanceOf(finding.key()) != Provenance.HOUSE_RULE) {
      return finding;
    }
    return new Finding(finding.key(), Level.WARNING, SOFTENED + finding.message(), finding.location());
  }
}
