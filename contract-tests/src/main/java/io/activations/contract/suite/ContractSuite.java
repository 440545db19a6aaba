package io.activations.contract.suite;

import io.activations.contract.spec.Spec;
import io.activations.contract.suite.internal.check.SpecValidator;
import io.activations.contract.validation.ContractValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The contract suite of the Activations API, derived from the spec at run time and run against a
 * {@link Target}. Use it from JUnit 5 as a TCK:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> activationsContract() {
 *   return ContractSuite.forTarget(RemoteTarget.fromEnvironment(baseUri, "ACTIVATIONS_API_TOKEN", fixtures)).dynamicTests();
 * }
 * }</pre>
 *
 * or programmatically with {@link #run(SuiteListener)}, as {@code ./contract verify} does. Both run
 * the same cases in the same order, one at a time (cases build on what earlier ones created, and
 * the rate-limit checks follow each budget request by request). Immutable: every {@code with...}
 * returns a new suite.
 */
public final class ContractSuite {

  private final Target target;
  private final Spec spec;
  private final SuiteOptions options;
  private final SpecValidator validator;

  private ContractSuite(Target target, Spec spec, SuiteOptions options, SpecValidator validator) {
    this.target = Objects.requireNonNull(target, "target");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.options = Objects.requireNonNull(options, "options");
    this.validator = validator;
  }

  /** The suite for the bundled spec, with the target's safe default options ({@link SuiteOptions#defaultsFor}). */
  public static ContractSuite forTarget(Target target) {
    return new ContractSuite(target, Spec.bundled(), SuiteOptions.defaultsFor(target), null);
  }

  public ContractSuite withSpec(Spec value) {
    return new ContractSuite(target, value, options, validator);
  }

  public ContractSuite withOptions(SuiteOptions value) {
    return new ContractSuite(target, spec, value, validator);
  }

  /** Replaces the validator (the self-check's own tests use a deliberately blind one). */
  ContractSuite withValidator(SpecValidator value) {
    return new ContractSuite(target, spec, options, Objects.requireNonNull(value, "validator"));
  }

  /**
   * One container per operation (and for the self-check, the lifecycle and the cleanup), one
   * dynamic test per case. A failing test's message is the whole transcript: every finding, every
   * request (token masked) and response. Cases skipped by the options are reported as aborted.
   */
  public Stream<DynamicNode> dynamicTests() {
    SuiteEngine engine = engine();
    LeftoverGuard guard = LeftoverGuard.install(engine);
    return engine.groups().stream().<DynamicNode>map(group -> DynamicContainer.dynamicContainer(group.name(),
        group.cases().stream().map(planned -> DynamicTest.dynamicTest(planned.name(), () -> {
          CaseResult result = engine.run(planned);
          if (result.status() == CaseStatus.FAILED) {
            throw new AssertionFailedError(Transcript.of(result));
          }
          if (result.status() == CaseStatus.SKIPPED) {
            throw new TestAbortedException(result.note());
          }
        })))).onClose(() -> {  // JUnit closes a factory's stream: a filtered run's leftovers go too
          guard.close();
          engine.close();
        });
  }

  public SuiteResult run() {
    return run(new SuiteListener() {});
  }

  /** Runs every case in plan order and tells {@code listener} as it goes; the cleanup always runs. */
  public SuiteResult run(SuiteListener listener) {
    long started = System.nanoTime();
    try (SuiteEngine engine = engine()) {
      return run(engine, listener, started);
    }
  }

  private SuiteResult run(SuiteEngine engine, SuiteListener listener, long started) {
    engine.notes().forEach(listener::note);
    List<CaseResult> results = new ArrayList<>();
    List<SuiteEngine.Group> groups = engine.groups();
    SuiteEngine.Group cleanup = groups.get(groups.size() - 1);
    try (LeftoverGuard guard = LeftoverGuard.install(engine)) {
      try {
        List<SuiteEngine.Group> planned = groups.subList(0, groups.size() - 1);
        if (engine.waitsInRealTime()) {
          new InterleavedRun(engine, listener, results).run(planned);
        } else {
          for (SuiteEngine.Group group : planned) {
            runGroup(engine, group, listener, results);
          }
        }
      } finally {
        runGroup(engine, cleanup, listener, results);
      }
    }
    Duration waited = engine.waited();
    List<String> notes = new ArrayList<>(engine.notes());
    if (!waited.isZero()) {
      notes.add("paced by the rate-limit headers: " + waited.toSeconds() + " s of the target's time passed waiting for new windows");
    }
    return new SuiteResult(target.describe(), spec.source(), results, Coverage.of(spec.operations(), results), notes,
        Duration.ofNanos(System.nanoTime() - started));
  }

  static void runGroup(SuiteEngine engine, SuiteEngine.Group group, SuiteListener listener, List<CaseResult> results) {
    listener.groupStarted(group.name(), group.cases().size());
    for (PlannedCase planned : group.cases()) {
      CaseResult result = engine.run(planned);
      results.add(result);
      listener.caseFinished(result);
    }
    listener.groupFinished(group.name());
  }

  private SuiteEngine engine() {
    SpecValidator judge = validator != null ? validator : SpecValidator.of(new ContractValidator(spec));
    return SuiteEngine.prepare(spec, target, options, judge);
  }
}
