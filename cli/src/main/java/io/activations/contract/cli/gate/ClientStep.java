package io.activations.contract.cli.gate;

import io.activations.contract.gate.client.ClientCompatibility;
import io.activations.contract.gate.client.ClientCompatibilityReport;
import io.activations.contract.gate.client.ClientFinding;
import io.activations.contract.gate.client.ClientReportRenderer;
import io.activations.contract.spec.Spec;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The generated Java client's compatibility: the clients of the base and of the revision, compared
 * with japicmp; each incompatibility fails the gate and names the document change behind it.
 */
final class ClientStep {

  static final String NAME = "client compatibility";

  StepOutcome run(ClientCompatibility clients, Spec base, Spec revision, Function<ClientFinding, List<String>> causes) {
    ClientCompatibilityReport report = clients.check(base, revision).linkedWith(causes);
    if (!report.note().isEmpty()) {
      return StepOutcome.skipped(NAME, report.note());
    }
    List<ClientFinding> findings = report.findings();
    if (findings.isEmpty()) {
      return new StepOutcome(NAME, StepStatus.PASSED, "code written against the base's Java client still compiles and links",
          List.of(), "", Duration.ZERO);
    }
    return new StepOutcome(NAME, StepStatus.FAILED, findings.size() + (findings.size() == 1 ? " incompatibility" : " incompatibilities")
        + " of the generated Java client", findings.stream().map(ClientStep::line).toList(), new ClientReportRenderer().table(report), Duration.ZERO);
  }

  static String line(ClientFinding f) {
    return f.ruleId() + (f.element().isEmpty() ? "" : " " + f.element()) + ": " + f.message()
        + (f.causes().isEmpty() ? "" : " [caused by " + String.join("; ", f.causes()) + "]");
  }
}
