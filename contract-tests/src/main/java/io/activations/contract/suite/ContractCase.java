package io.activations.contract.suite;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One contract case: a name, what it needs from the run to be meaningful, and what it does.
 *
 * @param group the operation id (or scenario) it belongs to
 * @param name what it checks, unique within the group
 * @param needs what must be allowed or available for it to run
 * @param body the requests it sends and the checks it makes
 */
record ContractCase(String group, String name, Set<Need> needs, Body body) {

  /** What a case may need; without it the case is skipped with a reason, never silently dropped. */
  enum Need {
    /** It creates, changes or deletes something on the target. */
    WRITES,
    /** It exhausts a rate limit on purpose. */
    BURST,
    /** It needs another workspace's ids in the fixtures. */
    OTHER_WORKSPACE,
    /** It needs an action id in the fixtures. */
    ACTION,
    /** It needs a linked audience in the fixtures. */
    LINKED_AUDIENCE
  }

  /** The executable part of a case. */
  @FunctionalInterface
  interface Body {
    void run(CaseRun run);
  }

  ContractCase {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    needs = needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
    Objects.requireNonNull(body, "body");
  }

  String title() {
    return group + " > " + name;
  }
}
