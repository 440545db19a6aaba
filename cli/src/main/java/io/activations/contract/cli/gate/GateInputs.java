package io.activations.contract.cli.gate;

import io.activations.contract.gate.DiffOptions;
import io.activations.contract.spec.Spec;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What one gate run judges, already read and checked (usage errors are found before any step runs).
 *
 * @param baseRef the base revision as the user named it
 * @param baseFile the base revision's document, copied out of git
 * @param base the base revision's document, loaded
 * @param revisionFile the document of the working tree
 * @param revision the working tree's document, loaded
 * @param reportDir where the reports and the client builds go
 * @param diffOptions how the breaking-change step judges (the ignore file, the {@code v1alpha} policy)
 */
public record GateInputs(String baseRef, Path baseFile, Spec base, Path revisionFile, Spec revision, Path reportDir,
    DiffOptions diffOptions) {

  public GateInputs {
    Objects.requireNonNull(baseRef, "baseRef");
    Objects.requireNonNull(baseFile, "baseFile");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(revisionFile, "revisionFile");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(reportDir, "reportDir");
    Objects.requireNonNull(diffOptions, "diffOptions");
  }
}
