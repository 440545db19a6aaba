package io.activations.contract.gate;

import java.util.Objects;

/** A finding an ignore-file entry accepted, kept so the report can list it with the entry's reason. */
public record IgnoredFinding(Finding finding, IgnoreEntry entry) {

  public IgnoredFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(entry, "entry");
  }
}
