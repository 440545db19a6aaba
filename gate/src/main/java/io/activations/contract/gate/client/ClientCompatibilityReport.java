package io.activations.contract.gate.client;

import java.util.List;
import java.util.Objects;

/**
 * What the client check found.
 *
 * @param base the base document's client, compiled
 * @param revision the revision's client, compiled
 * @param findings the revision client's incompatibilities (or its compilation failure), with their causes
 * @param note why the comparison could not be made (the base's client does not compile), else empty
 */
public record ClientCompatibilityReport(CompiledClient base, CompiledClient revision, List<ClientFinding> findings, String note) {

  public ClientCompatibilityReport {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(revision, "revision");
    findings = List.copyOf(findings);
    note = note == null ? "" : note;
  }

  /** Code written against the base's client still compiles and links against the revision's. */
  public boolean isCompatible() {
    return findings.isEmpty();
  }

  /** The same report with each finding's causes filled in by {@code linker}. */
  public ClientCompatibilityReport linkedWith(java.util.function.Function<ClientFinding, List<String>> linker) {
    return new ClientCompatibilityReport(base, revision, findings.stream().map(f -> f.withCauses(linker.apply(f))).toList(), note);
  }
}
