package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Provenance;
import io.activations.contract.suite.ContractCase.Need;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules the spec states in prose, each a stateful case on the operation it concerns: removing
 * a connection that still has activations is 409; entities on a classic audience and an update of
 * a connection with neither field are 400; a destination not added to Engage is 404; an action the
 * destination does not offer is 422; and the update semantics (an empty name is ignored, a null
 * display name clears it, settings merge by key, a different action has no effect, an empty list or object
 * changes nothing).
 */
final class DomainRules {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Planning planning;
  private final ResourceCatalog catalog;
  private final List<ContractCase> cases = new ArrayList<>();

  private DomainRules(Planning planning) {
    this.planning = planning;
    this.catalog = new ResourceCatalog(planning.spec());
  }

  /** The cases of every rule whose operations the spec has, by operation id. */
  static List<ContractCase> plan(Planning planning) {
    DomainRules rules = new DomainRules(planning);
    rules.catalog.kind(FixtureBindings.CONNECTIONS).ifPresent(rules::connections);
    rules.catalog.kind(FixtureBindings.ACTIVATIONS).ifPresent(rules::activations);
    return List.copyOf(rules.cases);
  }

  private void connections(ResourceCatalog.Kind connections) {
    SpecOperation create = connections.creator();
    if (create.declaredStatuses().contains(404)) {
      add(create, "domain: a destination not added to Engage -> 404", EnumSet.noneOf(Need.class), run -> {
        ObjectNode body = (ObjectNode) run.positive(create).json();
        body.withObjectProperty("destination").put("id", FixtureBindings.missingLike(run.session().bindings().fixtures().destinationId()));
        run.send(run.positive(create).withJson(body), Expect.house(404, "a destination not added to Engage"));
      });
    }
    connections.remover().filter(r -> r.declaredStatuses().contains(409)).ifPresent(remove ->
        add(remove, "domain: a connection that still has activations -> 409", EnumSet.noneOf(Need.class), run -> {
          catalog.kind(FixtureBindings.ACTIVATIONS).ifPresent(kind -> run.session().provisioner().shared(kind, run));
          run.send(run.positive(remove), Expect.refused(409, FindingKey.CONFLICT_NOT_ENFORCED, "removing a connection that has activations"));
          // a 404 here is the finding itself, not a failed prerequisite: the refusal must leave the activation alone
          activationRead().map(read -> run.send(run.positive(read), Expect.anyOf(Set.of(200, 404), "the activation after the refusal")))
              .ifPresent(read -> run.expect(read.status() == 200, FindingKey.CONFLICT_ACTIVATION_LOST, "status",
                  "the activation of the connection the server refused to remove is gone"));
        }));
    connections.remover().flatMap(r -> find("PATCH", r.pathTemplate())).ifPresent(this::connectionUpdate);
  }

  private void connectionUpdate(SpecOperation update) {
    if (update.declaredStatuses().contains(400)) {
      add(update, "domain: neither idSyncConfiguration nor connectionSettings -> 400", EnumSet.noneOf(Need.class), run ->
          run.send(run.positive(update).withJson(NODES.objectNode()), Expect.of(400, Provenance.VENDOR_DOCUMENTED, "an update that changes nothing")));
    }
    for (String field : List.of("idSyncConfiguration", "connectionSettings")) {
      JsonNode empty = "idSyncConfiguration".equals(field) ? NODES.arrayNode() : NODES.objectNode();
      add(update, "domain: " + field + " " + empty + " changes nothing", EnumSet.noneOf(Need.class), run -> {
        RequestDraft draft = run.positive(update);
        String id = draft.pathParameters().get(ResourceCatalog.itemParameter(update));
        JsonNode before = connection(run, id).path(field);
        // the vendor treats [] like a field left out, so [] alone may be refused as an update of nothing
        Expect unchanged = Expect.anyOf(Set.of(200, 400), field + " " + empty + " alone");
        Exchange answer = run.require(draft.withJson(NODES.objectNode().set(field, empty)), unchanged, "send " + field + " " + empty);
        JsonNode after = connection(run, id).path(field);
        run.expect(before.equals(after), FindingKey.UPDATE_EMPTY_VALUE_CHANGED, field, field + " " + empty + " should change nothing; it was "
            + before + " and is now " + after);
        run.json(answer).map(b -> b.path("data").path(field)).filter(v -> !v.isMissingNode()).ifPresent(answered ->
            run.expect(answered.equals(before), FindingKey.UPDATE_EMPTY_VALUE_CHANGED, "data." + field, "the answer shows " + field + " " + answered
                + " instead of the unchanged " + before));
      });
    }
  }

  private void activations(ResourceCatalog.Kind activations) {
    SpecOperation create = activations.creator();
    if (create.declaredStatuses().contains(400)) {
      add(create, "domain: personalization.entities on a classic audience -> 400", EnumSet.noneOf(Need.class), run -> {
        ObjectNode body = (ObjectNode) run.positive(create).json();
        ObjectNode entity = NODES.objectNode().put("relationshipSlug", "contract-suite");
        entity.putArray("properties").add("name");
        body.withObjectProperty("personalization").putArray("entities").add(entity);
        run.send(run.positive(create).withJson(body), Expect.status(400, "entities on a classic audience"));
      });
    }
    add(create, "domain: personalization.entities on a linked audience -> 200", EnumSet.of(Need.LINKED_AUDIENCE), run -> {
      String linked = run.session().bindings().fixtures().linkedAudienceId().orElseThrow();
      ResourceCatalog.Kind connections = catalog.kind(FixtureBindings.CONNECTIONS)
          .orElseThrow(() -> run.skipped("the spec has no create of connections"));
      String audience = FixtureBindings.AUDIENCE_PARAMETER;
      Exchange connection = run.require(run.positive(connections.creator(), Map.of(audience, linked)), Expect.ok(),
          "connect the linked audience");
      String connectionId = run.json(connection).flatMap(b -> Provisioner.createdId(b.path("data")))
          .orElseThrow(() -> run.aborted(FindingKey.CASE_PREREQUISITE_FAILED, "the new connection has no id"));
      Map<String, String> path = new java.util.HashMap<>(Map.of(audience, linked));
      planning.document().parameters(create, "path").stream().map(SpecDocument.Parameter::name)
          .filter(name -> catalog.kindOf(create, name).map(k -> k.collection().equals(FixtureBindings.CONNECTIONS)).orElse(false))
          .forEach(name -> path.put(name, connectionId));
      ObjectNode body = (ObjectNode) run.positive(create, path).json();
      ObjectNode entity = NODES.objectNode().put("relationshipSlug", "accounts");
      entity.putArray("properties").add("name");
      body.withObjectProperty("personalization").putArray("entities").add(entity);
      body.put("activationType", "Audience Entered");
      run.send(run.positive(create, path).withJson(body), Expect.ok());
    });
    if (create.declaredStatuses().contains(422)) {
      add(create, "domain: an actionId the destination does not offer -> 422", EnumSet.of(Need.ACTION), run -> {
        ObjectNode body = (ObjectNode) run.positive(create).json();
        body.withObjectProperty("destinationMapping").put("actionId", "contractSuiteUnknownAction");
        run.send(run.positive(create).withJson(body), Expect.house(422, "an action the destination does not offer"));
      });
    }
    activations.remover().flatMap(r -> find("PATCH", r.pathTemplate())).ifPresent(this::activationUpdate);
  }

  private void activationUpdate(SpecOperation update) {
    add(update, "domain: an empty activationName is ignored", EnumSet.noneOf(Need.class), run -> {
      String before = readActivation(run).flatMap(run::json).map(b -> activation(b).path("activationName").asText()).orElse("");
      JsonNode after = activation(run.json(run.require(run.positive(update).withJson(NODES.objectNode().put("activationName", "")),
          Expect.ok(), "send an empty activationName")).orElseThrow());
      run.expect(after.path("activationName").asText().equals(before) && !before.isEmpty(), FindingKey.UPDATE_EMPTY_NAME_APPLIED, "activationName",
          "an empty activationName should be ignored; the name went from '" + before + "' to '" + after.path("activationName").asText() + "'");
    });
    add(update, "domain: displayName null clears it", EnumSet.noneOf(Need.class), run -> {
      JsonNode set = activation(run.json(run.require(run.positive(update).withJson(NODES.objectNode().put("displayName", "Contract suite")),
          Expect.ok(), "set a displayName")).orElseThrow());
      run.expect("Contract suite".equals(set.path("displayName").asText()), FindingKey.UPDATE_DISPLAY_NAME_NOT_SET, "displayName",
          "displayName should be 'Contract suite', is " + set.path("displayName"));
      JsonNode cleared = activation(run.json(run.require(run.positive(update).withJson(NODES.objectNode().putNull("displayName")),
          Expect.ok(), "clear the displayName")).orElseThrow());
      run.expect(cleared.path("displayName").isNull() || cleared.path("displayName").isMissingNode(), FindingKey.UPDATE_DISPLAY_NAME_NOT_CLEARED,
          "displayName", "displayName null should clear it, is " + cleared.path("displayName"));
    });
    add(update, "domain: destinationMapping.settings merge key by key", EnumSet.of(Need.ACTION), run -> {
      JsonNode mapping = readActivation(run).flatMap(run::json).map(b -> activation(b).path("destinationMapping")).orElseThrow();
      ObjectNode settings = mapping.path("settings").isObject() ? (ObjectNode) mapping.get("settings").deepCopy() : NODES.objectNode();
      if (settings.size() < 2) {
        throw run.skipped("the activation has fewer than two settings to merge");
      }
      String key = settings.fieldNames().next();
      ObjectNode patch = NODES.objectNode();
      patch.putObject("destinationMapping").put("actionId", mapping.path("actionId").asText()).putObject("settings").put(key, "contract_suite");
      JsonNode after = activation(run.json(run.require(run.positive(update).withJson(patch), Expect.ok(), "change one setting")).orElseThrow());
      settings.put(key, "contract_suite");
      run.expect(settings.equals(after.path("destinationMapping").path("settings")), FindingKey.UPDATE_SETTINGS_NOT_MERGED, "destinationMapping.settings",
          "settings should be " + settings + " after merging one key, are " + after.path("destinationMapping").path("settings"));
    });
    add(update, "domain: a different destinationMapping.actionId has no effect", EnumSet.of(Need.ACTION), run -> {
      String before = readActivation(run).flatMap(run::json).map(b -> activation(b).path("destinationMapping").path("actionId").asText())
          .orElse("");
      ObjectNode patch = NODES.objectNode();
      patch.putObject("destinationMapping").put("actionId", "contractSuiteOtherAction");
      JsonNode after = activation(run.json(run.require(run.positive(update).withJson(patch), Expect.ok(), "send another actionId"))
          .orElseThrow());
      run.expect(after.path("destinationMapping").path("actionId").asText().equals(before), FindingKey.UPDATE_ACTION_ID_CHANGED,
          "destinationMapping.actionId", "a different actionId should have no effect; the action went from '" + before + "' to '"
              + after.path("destinationMapping").path("actionId").asText() + "'");
    });
  }

  /** GET of the shared activation, when the spec has that read. */
  private Optional<Exchange> readActivation(CaseRun run) {
    return activationRead().map(read -> run.require(run.positive(read), Expect.ok(), "read the activation"));
  }

  private Optional<SpecOperation> activationRead() {
    return catalog.kind(FixtureBindings.ACTIVATIONS).flatMap(ResourceCatalog.Kind::remover).flatMap(r -> find("GET", r.pathTemplate()));
  }

  /** A connection as the list of connections shows it. */
  private JsonNode connection(CaseRun run, String id) {
    SpecOperation list = planning.spec().operations().stream()
        .filter(op -> Pagination.shape(planning.document(), op).map(s -> s.collection().equals(FixtureBindings.CONNECTIONS)).orElse(false))
        .findFirst().orElseThrow(() -> run.skipped("the spec has no list of connections to read one from"));
    Pagination.Shape shape = Pagination.shape(planning.document(), list).orElseThrow();
    Exchange page = run.require(run.positive(list).withQuery(shape.count(), Integer.toString(Pagination.FULL_PAGE)), Expect.ok(), "list connections");
    for (JsonNode item : run.json(page).map(b -> b.path("data").path(shape.items())).orElse(NODES.arrayNode())) {
      if (id.equals(item.path("id").asText())) {
        return item;
      }
    }
    throw run.aborted(FindingKey.LIFECYCLE_LIST_MISSING, "connection " + id + " is not listed");
  }

  /** The activation inside an answer's data. */
  private static JsonNode activation(JsonNode body) {
    for (Iterator<JsonNode> it = body.path("data").elements(); it.hasNext(); ) {
      JsonNode child = it.next();
      if (child.isObject()) {
        return child;
      }
    }
    return NODES.objectNode();
  }

  private Optional<SpecOperation> find(String method, String template) {
    return planning.spec().operations().stream().filter(op -> op.method().equals(method) && op.pathTemplate().equals(template)).findFirst();
  }

  private void add(SpecOperation operation, String name, Set<Need> needs, ContractCase.Body body) {
    EnumSet<Need> all = needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
    all.add(Need.WRITES);
    cases.add(new ContractCase(operation.operationId(), name, all, body));
  }
}
