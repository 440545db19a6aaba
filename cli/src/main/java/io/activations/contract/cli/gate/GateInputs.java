package io.activations.contract.cli.gate;

import io.activations.contract.gate.DiffOptions;
import io.activations.contract.spec.Spec;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What one gate run judges, already read and checked (usage errors are found before any step runs).
 *
 * @param baseRef the base revision as the user named it
 * @param base the base revision's document, read out of git
 * @param revisionFile the document of the working tree
 * @param revision the working tree's document, loaded
 * @param reportDir where the reports and the client builds go
 * @param diffOptions how the breaking-change step judges (the ignore file, the {@code v1alpha} policy)
 * @param pacts the folder of the project's pact files (may not exist yet)
 */
public record GateInputs(String baseRef, Spec base, Path revisionFile, Spec revision, Path reportDir, DiffOptions diffOptions,
    Path pacts) {

  public GateInputs {
    Objects.requireNonNull(baseRef, "baseRef");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(revisionFile, "revisionFile");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(reportDir, "reportDir");
    Objects.requireNonNull(diffOptions, "diffOptions");
    Objects.requireNonNull(pacts, "pacts");
  }
}
