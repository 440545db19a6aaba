package io.activations.contract.gate;

import io.activations.contract.spec.Spec;
import java.util.List;

/**
 * The breaking-change judgement between two versions of an OpenAPI 3.0 document: each change is
 * judged by who it breaks (callers sending requests, clients reading responses), the ignore file
 * accepts what the team decided to accept, then the versioning rules judge {@code info.version}
 * against what is still breaking.
 */
public final class ApiDiff {

  private ApiDiff() {}

  public static DiffResult compare(Spec base, Spec revision) {
    return compare(base, revision, DiffOptions.defaults());
  }

  public static DiffResult compare(Spec base, Spec revision, DiffOptions options) {
    FindingSink sink = new FindingSink();
    new DocumentComparison(base.document(), revision.document(), options, sink).run();
    IgnoreApplication ignoring = new IgnoreApplication(options);
    List<Finding> kept = ignoring.filter(sink.findings());
    List<Finding> version = VersionRules.check(base.document(), revision.document(), kept, !sink.findings().isEmpty());
    List<Finding> all = new java.util.ArrayList<>(kept);
    all.addAll(ignoring.filter(version));
    return ignoring.result(base.source(), revision.source(), all);
  }
}
