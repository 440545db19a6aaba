package io.activations.contract.suite;

import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Provenance;
import io.activations.contract.suite.ContractCase.Need;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token sees only its own workspace: another workspace's space, audience, connection or
 * activation is 404 (never its data), whether the whole path is foreign or only the resource id
 * under this workspace's own space and audience.
 */
final class Isolation {

  private Isolation() {}

  static List<ContractCase> plan(Planning planning, SpecOperation operation) {
    if (!operation.declaredStatuses().contains(404)) {
      return List.of();
    }
    List<ContractCase> cases = new ArrayList<>();
    EnumSet<Need> needs = EnumSet.of(Need.OTHER_WORKSPACE);
    if (!"GET".equals(operation.method())) {
      needs.add(Need.WRITES);
    }
    ResourceCatalog catalog = new ResourceCatalog(planning.spec());
    List<SpecDocument.Parameter> path = planning.document().parameters(operation, "path");
    cases.add(new ContractCase(operation.operationId(), "isolation: another workspace's resources -> 404", needs, run -> {
      RequestDraft draft = run.positive(operation, foreignPath(run.session().bindings(), catalog, operation, path));
      run.send(draft, Expect.refused(404, FindingKey.ISOLATION_FOREIGN_VISIBLE, Provenance.HOUSE_RULE, "another workspace's resources"));
    }));
    for (SpecDocument.Parameter parameter : path) {
      Optional<ResourceCatalog.Kind> kind = catalog.kindOf(operation, parameter.name());
      if (kind.isEmpty()) {
        continue;
      }
      cases.add(new ContractCase(operation.operationId(),
          "isolation: another workspace's " + parameter.name() + " under this workspace's path -> 404", needs, run -> {
            String foreign = run.session().bindings().foreignValue(parameter.name(), Optional.of(kind.get().collection())).orElseThrow();
            run.send(run.positive(operation, Map.of(parameter.name(), foreign)),
                Expect.refused(404, FindingKey.ISOLATION_FOREIGN_VISIBLE, Provenance.HOUSE_RULE, "another workspace's " + parameter.name()));
          }));
    }
    return cases;
  }

  /** The other workspace's value of every path parameter that has one. */
  private static Map<String, String> foreignPath(FixtureBindings bindings, ResourceCatalog catalog, SpecOperation operation, List<SpecDocument.Parameter> path) {
    Map<String, String> values = new LinkedHashMap<>();
    for (SpecDocument.Parameter parameter : path) {
      Optional<String> collection = catalog.kindOf(operation, parameter.name()).map(ResourceCatalog.Kind::collection);
      bindings.foreignValue(parameter.name(), collection).ifPresent(v -> values.put(parameter.name(), v));
    }
    return values;
  }
}
