package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.ContractCase.Need;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The full life of a connection and an activation, each step one case: add the connection, add an
 * activation on it, read it, find it in both lists, update it, read the update, remove it, read it
 * again (404), remove the connection, and see it gone from the list. The operations are found
 * from the paths (create, item, list, delete of each collection), not named here.
 */
final class Lifecycle {

  static final String GROUP = "lifecycle";

  /** The spec describes performResync as true "while a resync runs": it changes on its own, so reads may differ in it. */
  static final Set<String> VOLATILE = Set.of("performResync");

  /** What the steps hand on to each other. */
  private static final class State {
    boolean broken;
    String connectionId;
    JsonNode activation;
  }

  private record Ops(ResourceCatalog.Kind connections, ResourceCatalog.Kind activations, SpecOperation read, SpecOperation update,
      SpecOperation listActivations, SpecOperation listConnections, String connectionParameter) {}

  private Lifecycle() {}

  static List<ContractCase> plan(Planning planning) {
    Optional<Ops> found = ops(planning);
    if (found.isEmpty()) {
      planning.note("lifecycle: not planned, the spec lacks a create, read, update, list or delete of connections and activations");
      return List.of();
    }
    Ops ops = found.get();
    State state = new State();
    List<ContractCase> steps = new ArrayList<>();
    step(steps, state, "1. add a connection (" + ops.connections().creator().operationId() + ") -> 200", run -> {
      Exchange created = run.require(run.positive(ops.connections().creator()), Expect.ok(), "add a connection");
      state.connectionId = data(run, created).flatMap(Provisioner::createdId).orElseThrow(() ->
          run.aborted(FindingKey.LIFECYCLE_CREATED_MISMATCH, "the answer names no connection id"));
    });
    step(steps, state, "2. add an activation on it (" + ops.activations().creator().operationId() + ") -> 200", run -> {
      RequestDraft draft = run.positive(ops.activations().creator(), Map.of(ops.connectionParameter(), state.connectionId));
      Exchange created = run.require(draft, Expect.ok(), "add an activation");
      state.activation = entity(run, created);
      sameFields(run, draft.json(), state.activation, FindingKey.LIFECYCLE_CREATED_MISMATCH, "the created activation");
      run.expect(state.connectionId.equals(state.activation.path("connectionId").asText()), FindingKey.LIFECYCLE_CREATED_MISMATCH, "connectionId",
          "the activation should belong to connection " + state.connectionId + ", names " + state.activation.path("connectionId"));
    });
    step(steps, state, "3. read it (" + ops.read().operationId() + ") -> the created activation", run -> {
      JsonNode read = entity(run, run.require(item(run, ops.read(), state), Expect.ok(), "read the activation"));
      run.expect(stable(read).equals(stable(state.activation)), FindingKey.LIFECYCLE_READ_MISMATCH, "data",
          "the read activation differs from the created one");
    });
    step(steps, state, "4. list activations (" + ops.listActivations().operationId() + ") -> includes it", run ->
        listed(run, ops.listActivations(), state.activation.path("id").asText(), true));
    step(steps, state, "5. list connections (" + ops.listConnections().operationId() + ") -> includes the connection", run ->
        listed(run, ops.listConnections(), state.connectionId, true));
    step(steps, state, "6. update it (" + ops.update().operationId() + ") -> 200 with the change", run -> {
      RequestDraft draft = item(run, ops.update(), state).withJson(run.session().drafts().validBody(ops.update()).orElseThrow());
      JsonNode updated = entity(run, run.require(draft, Expect.ok(), "update the activation"));
      sameFields(run, draft.json(), updated, FindingKey.LIFECYCLE_UPDATE_NOT_APPLIED, "the updated activation");
      state.activation = updated;
    });
    step(steps, state, "7. read it again -> shows the update", run -> {
      JsonNode read = entity(run, run.require(item(run, ops.read(), state), Expect.ok(), "read the updated activation"));
      run.expect(stable(read).equals(stable(state.activation)), FindingKey.LIFECYCLE_UPDATE_NOT_VISIBLE, "data",
          "a read after the update differs from the update's answer");
    });
    step(steps, state, "8. remove it (" + ops.activations().remover().orElseThrow().operationId() + ") -> 200", run ->
        run.require(item(run, ops.activations().remover().orElseThrow(), state), Expect.ok(), "remove the activation"));
    step(steps, state, "9. read it after removal -> 404", run ->
        run.send(item(run, ops.read(), state), Expect.refused(404, FindingKey.LIFECYCLE_REMOVED_STILL_VISIBLE, "a removed activation")));
    step(steps, state, "10. list activations -> no longer includes it", run ->
        listed(run, ops.listActivations(), state.activation.path("id").asText(), false));
    step(steps, state, "11. remove the connection (" + ops.connections().remover().orElseThrow().operationId() + ") -> 200", run -> {
      SpecOperation remover = ops.connections().remover().orElseThrow();
      run.require(run.positive(remover, Map.of(ResourceCatalog.itemParameter(remover), state.connectionId)), Expect.ok(),
          "remove the connection");
    });
    step(steps, state, "12. list connections -> no longer includes it", run -> listed(run, ops.listConnections(), state.connectionId, false));
    return steps;
  }

  private static Optional<Ops> ops(Planning planning) {
    ResourceCatalog catalog = new ResourceCatalog(planning.spec());
    Optional<ResourceCatalog.Kind> connections = catalog.kind(FixtureBindings.CONNECTIONS).filter(k -> k.remover().isPresent());
    Optional<ResourceCatalog.Kind> activations = catalog.kind(FixtureBindings.ACTIVATIONS).filter(k -> k.remover().isPresent());
    if (connections.isEmpty() || activations.isEmpty()) {
      return Optional.empty();
    }
    String itemPath = activations.get().remover().get().pathTemplate();
    Optional<SpecOperation> read = find(planning, "GET", itemPath);
    Optional<SpecOperation> update = find(planning, "PATCH", itemPath);
    Optional<SpecOperation> listActivations = list(planning, FixtureBindings.ACTIVATIONS);
    Optional<SpecOperation> listConnections = list(planning, FixtureBindings.CONNECTIONS);
    Optional<String> connectionParameter = planning.document().parameters(activations.get().creator(), "path").stream()
        .map(SpecDocument.Parameter::name)
        .filter(name -> catalog.kindOf(activations.get().creator(), name).map(k -> k.collection().equals(FixtureBindings.CONNECTIONS)).orElse(false))
        .findFirst();
    if (read.isEmpty() || update.isEmpty() || listActivations.isEmpty() || listConnections.isEmpty() || connectionParameter.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Ops(connections.get(), activations.get(), read.get(), update.get(), listActivations.get(),
        listConnections.get(), connectionParameter.get()));
  }

  private static Optional<SpecOperation> find(Planning planning, String method, String template) {
    return planning.spec().operations().stream().filter(op -> op.method().equals(method) && op.pathTemplate().equals(template)).findFirst();
  }

  private static Optional<SpecOperation> list(Planning planning, String collection) {
    return planning.spec().operations().stream()
        .filter(op -> Pagination.shape(planning.document(), op).map(s -> s.collection().equals(collection)).orElse(false))
        .findFirst();
  }

  private static void step(List<ContractCase> steps, State state, String name, ContractCase.Body body) {
    steps.add(new ContractCase(GROUP, name, Set.of(Need.WRITES), run -> {
      if (state.broken) {
        throw run.skipped("an earlier lifecycle step failed");
      }
      state.broken = true;  // cleared only when the step gets to its end
      body.run(run);
      state.broken = run.tally().hasErrors();
    }));
  }

  /** The activation's item request: its id in the path, everything else from the fixtures. */
  private static RequestDraft item(CaseRun run, SpecOperation operation, State state) {
    return run.positive(operation, Map.of(ResourceCatalog.itemParameter(operation), state.activation.path("id").asText()));
  }

  private static void listed(CaseRun run, SpecOperation list, String id, boolean expected) {
    Pagination.Shape shape = Pagination.shape(run.session().document(), list).orElseThrow();
    Exchange page = run.require(run.positive(list).withQuery(shape.count(), Integer.toString(Pagination.FULL_PAGE)), Expect.ok(),
        "list " + shape.collection());
    boolean found = false;
    for (JsonNode item : run.json(page).map(b -> b.path("data").path(shape.items())).orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance())) {
      found |= id.equals(item.path("id").asText());
    }
    run.expect(found == expected, expected ? FindingKey.LIFECYCLE_LIST_MISSING : FindingKey.LIFECYCLE_REMOVED_STILL_LISTED, "data." + shape.items(),
        id + (expected ? " should be listed by " : " should no longer be listed by ") + list.operationId());
  }

  private static Optional<JsonNode> data(CaseRun run, Exchange exchange) {
    return run.json(exchange).map(body -> body.path("data"));
  }

  /** The single entity a create, read or update answers: the only object inside {@code data}. */
  private static JsonNode entity(CaseRun run, Exchange exchange) {
    JsonNode data = data(run, exchange).orElseThrow(() -> run.aborted(FindingKey.LIFECYCLE_READ_MISMATCH, "the answer is not JSON"));
    for (Iterator<JsonNode> it = data.elements(); it.hasNext(); ) {
      JsonNode child = it.next();
      if (child.isObject()) {
        return child;
      }
    }
    throw run.aborted(FindingKey.LIFECYCLE_READ_MISMATCH, "the answer's data holds no object");
  }

  private static JsonNode stable(JsonNode entity) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = entity.deepCopy();
    copy.remove(VOLATILE);
    return copy;
  }

  /** Every non-empty text or boolean field the request set must read back the same. */
  private static void sameFields(CaseRun run, JsonNode sent, JsonNode answered, FindingKey key, String what) {
    for (Map.Entry<String, JsonNode> field : sent.properties()) {
      JsonNode value = field.getValue();
      boolean comparable = !VOLATILE.contains(field.getKey()) && ((value.isTextual() && !value.asText().isEmpty()) || value.isBoolean());
      if (comparable) {
        run.expect(value.equals(answered.path(field.getKey())), key, field.getKey(),
            what + " should have " + field.getKey() + " " + value + ", has " + answered.path(field.getKey()));
      }
    }
  }
}
