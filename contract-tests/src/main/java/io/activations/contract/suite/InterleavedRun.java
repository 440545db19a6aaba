package io.activations.contract.suite;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the operations' cases on a server with real time without waiting for one operation's
 * rate-limit window while another has budget: still one case at a time (cases share the server's
 * state), each operation's cases in plan order, but when the next case of the current operation
 * would wait, a case of another operation that can go now runs first. The bursts run last, side by
 * side, each exhausting and waiting out its own operation's window, never more than its budget.
 * The self-check runs before, the lifecycle after; the operations are reported in plan order.
 */
final class InterleavedRun {

  private final SuiteEngine engine;
  private final SuiteListener listener;
  private final List<CaseResult> results;

  InterleavedRun(SuiteEngine engine, SuiteListener listener, List<CaseResult> results) {
    this.engine = engine;
    this.listener = listener;
    this.results = results;
  }

  void run(List<SuiteEngine.Group> groups) {
    Map<SuiteEngine.Group, Deque<PlannedCase>> pending = new LinkedHashMap<>();
    List<SuiteEngine.Group> operations = new ArrayList<>();
    List<SuiteEngine.Group> after = new ArrayList<>();
    List<PlannedCase> bursts = new ArrayList<>();
    for (SuiteEngine.Group group : groups) {
      if (engine.isOperationGroup(group.name())) {
        operations.add(group);
        Deque<PlannedCase> queue = new ArrayDeque<>();
        group.cases().forEach(planned -> (planned.isBurst() ? bursts : queue).add(planned));
        if (!queue.isEmpty()) {
          pending.put(group, queue);
        }
      } else if (operations.isEmpty()) {
        ContractSuite.runGroup(engine, group, listener, results);
      } else {
        after.add(group);
      }
    }
    Map<PlannedCase, CaseResult> done = new HashMap<>();
    SuiteEngine.Group current = null;
    while (!pending.isEmpty()) {
      current = next(pending, current);
      PlannedCase planned = pending.get(current).poll();
      done.put(planned, engine.run(planned));
      if (pending.get(current).isEmpty()) {
        pending.remove(current);
      }
    }
    // last, side by side: every operation's window is waited out at once, and what the bursts read exists by now
    done.putAll(engine.runSideBySide(bursts));
    operations.forEach(group -> report(group, group.cases().stream().map(done::get).toList()));
    after.forEach(group -> ContractSuite.runGroup(engine, group, listener, results));
  }

  /** The current group while it can go on; else the first that can go now; else the one that can go soonest. */
  private SuiteEngine.Group next(Map<SuiteEngine.Group, Deque<PlannedCase>> pending, SuiteEngine.Group current) {
    if (current != null && pending.containsKey(current) && ready(pending.get(current).peek()).isZero()) {
      return current;
    }
    SuiteEngine.Group soonest = null;
    Duration shortest = null;
    for (Map.Entry<SuiteEngine.Group, Deque<PlannedCase>> entry : pending.entrySet()) {
      Duration wait = ready(entry.getValue().peek());
      if (wait.isZero()) {
        return entry.getKey();
      }
      if (shortest == null || wait.compareTo(shortest) < 0) {
        shortest = wait;
        soonest = entry.getKey();
      }
    }
    return soonest;
  }

  private Duration ready(PlannedCase planned) {
    return engine.readyIn(planned);
  }

  private void report(SuiteEngine.Group group, List<CaseResult> groupResults) {
    listener.groupStarted(group.name(), groupResults.size());
    groupResults.forEach(result -> {
      results.add(result);
      listener.caseFinished(result);
    });
    listener.groupFinished(group.name());
  }
}
