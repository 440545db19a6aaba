package io.activations.contract.suite;

import io.activations.contract.suite.internal.check.FindingKey;
import java.util.List;
import java.util.Set;

/**
 * The last case of every run: removes what the run created and did not remove itself, newest
 * first so activations go before their connections. It runs even when cases failed.
 */
final class Cleanup {

  static final String GROUP = "cleanup";
  static final String NAME = "every resource the run created is removed";

  private Cleanup() {}

  static ContractCase plan() {
    return new ContractCase(GROUP, NAME, Set.of(), Cleanup::removeAll);
  }

  private static void removeAll(CaseRun run) {
    List<Provisioner.Resource> leftovers = run.session().provisioner().leftovers();
    for (Provisioner.Resource resource : leftovers) {
      if (resource.remover().isEmpty()) {
        run.expect(false, FindingKey.CLEANUP_LEFTOVER, resource.id(), "the spec offers no delete for " + resource.collection() + " " + resource.id());
        continue;
      }
      var remover = resource.remover().get();
      RequestDraft draft = RequestDraft.of(remover, resource.removerPath(), run.session().drafts().accept(remover));
      var exchange = run.send(draft, Expect.anyOf(Set.of(200, 404), "removing what the run created"));
      run.expect(exchange.status() == 200 || exchange.status() == 404, FindingKey.CLEANUP_LEFTOVER, resource.id(),
          resource.collection() + " " + resource.id() + " could not be removed (" + exchange.status() + ")");
    }
  }
}
