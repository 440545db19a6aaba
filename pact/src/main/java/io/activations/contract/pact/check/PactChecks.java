package io.activations.contract.pact.check;

import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import io.activations.contract.validation.ContractValidator;
import java.util.List;
import java.nio.file.Path;

/** The pact-vs-spec check as commands and builds run it: every pact file under the paths, one report. */
public final class PactChecks {

  private PactChecks() {}

  /** A checker for the spec, taking the mock's default tokens as the only ones a pact may hold. */
  public static PactChecker forSpec(Spec spec) {
    return new PactChecker(new ContractValidator(spec), Fixtures.defaults().tokens().keySet());
  }

  /** Checks every pact under the paths; throws for a file that cannot be read as a pact. */
  public static Report checkAll(Spec spec, List<Path> paths) throws PactFileException {
    PactChecker checker = forSpec(spec);
    Report report = Report.empty();
    for (PactFile file : PactFile.readAll(paths)) {
      report = report.merge(checker.check(file));
    }
    return report;
  }
}
