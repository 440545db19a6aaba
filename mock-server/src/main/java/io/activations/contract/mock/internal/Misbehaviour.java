package io.activations.contract.mock.internal;

import static io.activations.contract.mock.MockFault.CONFLICT_LOSES_ACTIVATIONS;
import static io.activations.contract.mock.MockFault.CONFLICT_NOT_ENFORCED;
import static io.activations.contract.mock.MockFault.EMPTY_ID_SYNC_CLEARS;
import static io.activations.contract.mock.MockFault.EMPTY_NAME_APPLIED;
import static io.activations.contract.mock.MockFault.FOREIGN_WORKSPACE_VISIBLE;
import static io.activations.contract.mock.MockFault.NULL_DISPLAY_NAME_IGNORED;
import static io.activations.contract.mock.MockFault.RATE_LIMIT_NEVER_REFILLS;
import static io.activations.contract.mock.MockFault.REMOVED_ACTIVATION_KEPT;
import static io.activations.contract.mock.MockFault.REMOVED_ACTIVATION_STILL_LISTED;
import static io.activations.contract.mock.MockFault.UPDATE_IGNORES_DISPLAY_NAME;
import static io.activations.contract.mock.MockFault.UPDATE_NOT_STORED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.mock.MockFault;
import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.DestinationMapping;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@link MockFault}s a mock was built with, applied around the correct operations: each fault
 * wraps the handler of the rule it breaks and leaves the others alone. With no fault it changes
 * nothing, so a correct mock runs exactly the code it runs without this class.
 */
final class Misbehaviour {

  private final Set<MockFault> faults;
  private final Supplier<World> world;
  /** Activations removed while {@link MockFault#REMOVED_ACTIVATION_STILL_LISTED}, per audience id, still shown by lists. */
  private final Map<String, Map<String, Activation>> ghosts = new ConcurrentHashMap<>();

  Misbehaviour(Set<MockFault> faults, Supplier<World> world) {
    this.faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
    this.world = world;
  }

  /** The clock of rate-limit windows: a stopped one when windows must never end. */
  Clock limiterClock(Clock clock) {
    return faults.contains(RATE_LIMIT_NEVER_REFILLS) ? Clock.fixed(clock.instant(), clock.getZone()) : clock;
  }

  PageFaults pageFaults() {
    return new PageFaults(faults.contains(MockFault.PAGE_SKIPPED), faults.contains(MockFault.PAGE_REPEATED));
  }

  /** Forgets what the faults remembered, with the world they applied to. */
  void reset() {
    ghosts.clear();
  }

  /** Replaces the handlers of the operations whose rules the faults break. */
  void install(Map<String, OperationHandler> handlers) {
    OperationHandler read = handlers.get("getActivationFromAudience");
    if (faults.contains(REMOVED_ACTIVATION_KEPT)) {
      handlers.put("removeActivationFromAudience", call -> {
        audience(call).activation(call.path("id"));
        return success();
      });
    }
    if (faults.contains(REMOVED_ACTIVATION_STILL_LISTED)) {
      wrap(handlers, "removeActivationFromAudience", remove -> call -> {
        Activation removed = audience(call).activation(call.path("id"));
        JsonNode answer = remove.handle(call);
        ghosts.computeIfAbsent(call.path("audienceId"), id -> new ConcurrentHashMap<>()).put(removed.id(), removed);
        return answer;
      });
      wrap(handlers, "listActivationsFromAudience", list -> call -> {
        ObjectNode page = (ObjectNode) list.handle(call);
        ghosts.getOrDefault(call.path("audienceId"), Map.of()).values().forEach(ghost ->
            page.withArray("activations").add(Representations.activation(call.space(), call.path("audienceId"), ghost)));
        return page;
      });
    }
    if (faults.contains(CONFLICT_NOT_ENFORCED)) {
      wrap(handlers, "removeDestinationFromAudience", remove -> call -> {
        removeActivationsOf(call);
        return remove.handle(call);
      });
    }
    if (faults.contains(CONFLICT_LOSES_ACTIVATIONS)) {
      wrap(handlers, "removeDestinationFromAudience", remove -> call -> {
        if (removeActivationsOf(call) > 0) {
          throw ApiProblem.conflict("destinationId", "Connection " + call.path("destinationId") + " still has activations");
        }
        return remove.handle(call);
      });
    }
    if (faults.contains(UPDATE_IGNORES_DISPLAY_NAME)) {
      wrap(handlers, "updateActivationForAudience", update -> ignoring("displayName", JsonNode::isTextual, update, read));
    }
    if (faults.contains(NULL_DISPLAY_NAME_IGNORED)) {
      wrap(handlers, "updateActivationForAudience", update -> ignoring("displayName", JsonNode::isNull, update, read));
    }
    if (faults.contains(UPDATE_NOT_STORED)) {
      wrap(handlers, "updateActivationForAudience", update -> call -> {
        Activation before = audience(call).activation(call.path("id"));
        JsonNode answer = update.handle(call);
        audience(call).updateActivation(call.path("id"), (current, connection) -> before);
        return answer;
      });
    }
    if (faults.contains(EMPTY_NAME_APPLIED)) {
      wrap(handlers, "updateActivationForAudience", update -> afterwards(update, read,
          body -> body.path("activationName").isTextual() && body.path("activationName").asText().isEmpty(),
          current -> new Activation(current.id(), current.connectionId(), current.enabled(), current.activationType(),
              current.id(), current.displayName(), current.personalization(), current.destinationMapping(),
              current.performResync())));
    }
    if (faults.contains(MockFault.ACTION_ID_CHANGED)) {
      wrap(handlers, "updateActivationForAudience", update -> call -> {
        String sent = call.body().path("destinationMapping").path("actionId").asText("");
        return afterwards(update, read, body -> !sent.isEmpty(), current -> current.destinationMapping() == null ? current
            : new Activation(current.id(), current.connectionId(), current.enabled(), current.activationType(),
                current.activationName(), current.displayName(), current.personalization(),
                new DestinationMapping(sent, current.destinationMapping().settings()), current.performResync())).handle(call);
      });
    }
    if (faults.contains(EMPTY_ID_SYNC_CLEARS)) {
      wrap(handlers, "updateDestinationForAudience", update -> call -> {
        JsonNode answer = update.handle(call);
        JsonNode sent = call.body().path("idSyncConfiguration");
        if (!sent.isArray() || !sent.isEmpty()) {
          return answer;
        }
        StoredConnection cleared = audience(call).updateConnection(call.path("destinationId"),
            current -> current.updated(current.updatedAtMillis(), List.of(), current.connectionSettingsJson()));
        return Representations.connectionSummary("destination", cleared);
      });
    }
    if (faults.contains(FOREIGN_WORKSPACE_VISIBLE)) {
      handlers.replaceAll((operationId, handler) -> call -> handler.handle(seeingEveryWorkspace(call)));
    }
  }

  private static void wrap(Map<String, OperationHandler> handlers, String operationId, UnaryOperator<OperationHandler> change) {
    handlers.put(operationId, change.apply(handlers.get(operationId)));
  }

  /** The update without {@code field} when its value matches; with nothing else left to change, the activation as it is. */
  private static OperationHandler ignoring(String field, Predicate<JsonNode> value, OperationHandler update, OperationHandler read) {
    return call -> {
      if (!call.body().has(field) || !value.test(call.body().get(field))) {
        return update.handle(call);
      }
      ObjectNode body = call.body().deepCopy();
      body.remove(field);
      return body.isEmpty() ? read.handle(call)
          : update.handle(new OperationCall(call.workspace(), call.pathParameters(), call.query(), body));
    };
  }

  /** The correct update, then {@code change} to the stored activation when the body matches; answers what is stored. */
  private static OperationHandler afterwards(OperationHandler update, OperationHandler read, Predicate<JsonNode> when,
      UnaryOperator<Activation> change) {
    return call -> {
      JsonNode answer = update.handle(call);
      if (!when.test(call.body())) {
        return answer;
      }
      audience(call).updateActivation(call.path("id"), (current, connection) -> change.apply(current));
      return read.handle(call);
    };
  }

  /** Removes every activation of the connection the call names; returns how many there were. */
  private static int removeActivationsOf(OperationCall call) {
    AudienceState audience = audience(call);
    String connectionId = call.path("destinationId");
    List<Activation> doomed = audience.activations(PagePosition.FIRST, Integer.MAX_VALUE).items().stream()
        .filter(activation -> activation.connectionId().equals(connectionId)).toList();
    doomed.forEach(activation -> audience.removeActivation(activation.id()));
    return doomed.size();
  }

  private OperationCall seeingEveryWorkspace(OperationCall call) {
    Map<String, SpaceState> spaces = new LinkedHashMap<>(call.workspace().spaces());
    world.get().workspaces().forEach(other -> other.spaces().forEach(spaces::putIfAbsent));
    return new OperationCall(new WorkspaceState(call.workspace().id(), call.workspace().generation(), spaces), call.pathParameters(), call.query(), call.body());
  }

  private static AudienceState audience(OperationCall call) {
    return call.space().audience(call.path("audienceId"));
  }

  private static ObjectNode success() {
    return Json.object().put("status", "SUCCESS");
  }
}
