package io.activations.contract.suite;

import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.SpecValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans the cases from the spec and runs them against a target, one at a time and in plan order:
 * the validator self-check first, then every operation in document order (valid request,
 * refusals, broken bodies and parameters, unknown and foreign resources, prose rules, pagination,
 * burst), then the lifecycle, and the cleanup last.
 */
final class SuiteEngine implements AutoCloseable {

  /** The cases of one group, in the order they run. */
  record Group(String name, List<PlannedCase> cases) {
    public Group {
      cases = List.copyOf(cases);
    }
  }

  private final SuiteSession session;
  private final List<Group> groups;
  private final List<String> notes;

  private SuiteEngine(SuiteSession session, List<Group> groups, List<String> notes) {
    this.session = session;
    this.groups = List.copyOf(groups);
    this.notes = List.copyOf(notes);
  }

  /** Plans the run; nothing is sent until {@link #run} is called. */
  public static SuiteEngine prepare(Spec spec, Target target, SuiteOptions options, SpecValidator validator) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(validator, "validator");
    SuiteSession session = new SuiteSession(spec, target, options, validator);
    Planning planning = new Planning(spec, session.drafts(), validator);
    Map<String, List<ContractCase>> byGroup = new LinkedHashMap<>();
    ValidatorSelfCheck.plan(planning).forEach(c -> put(byGroup, c));
    List<ContractCase> domain = DomainRules.plan(planning);
    for (SpecOperation operation : spec.operations()) {
      OperationCases.plan(planning, operation).forEach(c -> put(byGroup, c));
      domain.stream().filter(c -> c.group().equals(operation.operationId())).forEach(c -> put(byGroup, c));
      Pagination.shape(planning.document(), operation).ifPresent(shape -> Pagination.plan(shape).forEach(c -> put(byGroup, c)));
      Isolation.plan(planning, operation).forEach(c -> put(byGroup, c));
      Burst.plan(operation).forEach(c -> put(byGroup, c));
    }
    Lifecycle.plan(planning).forEach(c -> put(byGroup, c));
    put(byGroup, Cleanup.plan());
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((name, cases) -> groups.add(new Group(name, cases.stream().map(PlannedCase::new).toList())));
    return new SuiteEngine(session, groups, planning.notes());
  }

  public List<Group> groups() {
    return groups;
  }

  /** Runs one case; never throws for what the target does, only reports. */
  public CaseResult run(PlannedCase planned) {
    return session.run(planned.contractCase());
  }

  /**
   * Removes what the run created and has not removed yet, outside the plan: for a JVM that is
   * shutting down (Ctrl-C, SIGTERM) or a filtered run whose own cleanup case was never selected.
   * Safe to call more than once and beside a running case: removing twice only gets a 404.
   */
  public CaseResult cleanUpLeftovers() {
    return session.run(Cleanup.plan());
  }

  /**
   * Creates nothing more from now on, and waits (at most {@code limit}) for creating requests
   * already sent, so that {@link #cleanUpLeftovers} knows all the run created.
   */
  public void stopCreating(Duration limit) {
    try {
      session.provisioner().stopCreating(limit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the run created something it has not removed yet. */
  public boolean hasLeftovers() {
    return !session.provisioner().leftovers().isEmpty();
  }

  /**
   * Runs cases side by side, one thread each: for bursts on a server with real time, whose
   * rate-limit windows are independent per operation, so their waits overlap instead of adding up.
   * Never on a target whose clock the suite moves (the embedded mock): one burst's wait would
   * reset another's window mid-burst.
   */
  public Map<PlannedCase, CaseResult> runSideBySide(List<PlannedCase> cases) {
    Map<PlannedCase, CaseResult> results = new java.util.concurrent.ConcurrentHashMap<>();
    if (cases.isEmpty()) {
      return results;
    }
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(cases.size(), runnable -> {
      Thread thread = new Thread(runnable, "contract-burst");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<java.util.concurrent.Future<?>> running = new ArrayList<>();
      cases.forEach(planned -> running.add(threads.submit(() -> results.put(planned, run(planned)))));
      for (java.util.concurrent.Future<?> future : running) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a case failed outside its own reporting: " + e.getCause(), e.getCause());
    } finally {
      threads.shutdownNow();
    }
    return results;
  }

  /** Whether a group holds the cases of one operation (rather than the self-check, the lifecycle or the cleanup). */
  public boolean isOperationGroup(String name) {
    return session.spec().operations().stream().anyMatch(op -> op.operationId().equals(name));
  }

  /**
   * How long until the operation of a case has budget again on the target, as far as its last
   * answer said; zero when it has (or the case belongs to no operation).
   */
  public Duration readyIn(PlannedCase planned) {
    return session.spec().operations().stream().filter(op -> op.operationId().equals(planned.group())).findFirst()
        .map(op -> session.pacer().readyIn(Credential.TOKEN, op)).orElse(Duration.ZERO);
  }

  /** Whether waiting on this target is real time, so cases may wait side by side. */
  public boolean waitsInRealTime() {
    return session.target().waitsInRealTime();
  }

  /** Releases the HTTP client; the engine sends nothing afterwards. */
  @Override
  public void close() {
    session.transport().close();
  }

  /** Remarks from planning: cases that could not be planned and why. */
  public List<String> notes() {
    return notes;
  }

  /** Target time spent waiting for rate-limit windows so far. */
  public Duration waited() {
    return session.pacer().waited();
  }

  private static void put(Map<String, List<ContractCase>> byGroup, ContractCase contractCase) {
    byGroup.computeIfAbsent(contractCase.group(), g -> new ArrayList<>()).add(contractCase);
  }
}
