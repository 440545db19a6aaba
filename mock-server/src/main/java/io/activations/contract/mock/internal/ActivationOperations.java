package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.AudienceType;
import io.activations.contract.mock.fixtures.DestinationMapping;
import io.activations.contract.mock.fixtures.Personalization;

/** Operations 1, 4, 5, 6 and 7: the activations of an audience. */
final class ActivationOperations {

  private final DestinationRules rules;
  private final Pagination pagination;

  ActivationOperations(DestinationRules rules, Pagination pagination) {
    this.rules = rules;
    this.pagination = pagination;
  }

  /** addActivationToAudience: only on an existing connection of that audience. */
  JsonNode add(OperationCall call) {
    SpaceState space = call.space();
    AudienceState audience = space.audience(call.path("audienceId"));
    AudienceType audienceType = audience.audience().type();
    JsonNode body = call.body();
    Personalization personalization = body.hasNonNull("personalization")
        ? RequestBodies.read(body.get("personalization"), Personalization.class, "personalization")
        : Personalization.empty();
    String activationType = RequestBodies.text(body, "activationType");
    String activationName = RequestBodies.text(body, "activationName");
    String displayName = body.hasNonNull("displayName") ? RequestBodies.text(body, "displayName") : null;
    DestinationMapping mapping = body.hasNonNull("destinationMapping")
        ? RequestBodies.read(body.get("destinationMapping"), DestinationMapping.class, "destinationMapping")
        : null;
    Boolean enabled = RequestBodies.bool(body, "enabled", true);
    Boolean performResync = RequestBodies.bool(body, "performResync", false);
    // the rules run under the audience's lock, after the connection is found, so a missing connection is a 404 first
    Activation created = audience.addActivation(call.path("connectionId"), (connection, id) -> {
      if (personalization.entities() != null && !DestinationRules.entitiesAllowed(audienceType)) {
        throw ApiProblem.badRequest("personalization.entities",
            "personalization.entities can only be sent for a linked audience; audience "
                + audience.audience().id() + " is a classic " + audienceType + " audience");
      }
      rules.requireSupportedActivationType(audienceType, activationType);
      if (mapping != null) {
        rules.requireOfferedAction(space, connection, mapping.actionId());
      }
      return new Activation(id, connection.id(), enabled, activationType, activationName, displayName,
          personalization, mapping, performResync);
    });
    return wrap(space, audience, created);
  }

  /** getActivationFromAudience. */
  JsonNode get(OperationCall call) {
    SpaceState space = call.space();
    AudienceState audience = space.audience(call.path("audienceId"));
    return wrap(space, audience, audience.activation(call.path("id")));
  }

  /** removeActivationFromAudience. */
  JsonNode remove(OperationCall call) {
    AudienceState audience = call.space().audience(call.path("audienceId"));
    audience.removeActivation(call.path("id"));
    return Json.object().put("status", "SUCCESS");
  }

  /** updateActivationForAudience, with the merge rules of {@link ActivationPatch}. */
  JsonNode update(OperationCall call) {
    SpaceState space = call.space();
    AudienceState audience = space.audience(call.path("audienceId"));
    ActivationPatch patch = new ActivationPatch(call.body(), audience.audience().type());
    Activation updated = audience.updateActivation(call.path("id"), (current, connection) ->
        patch.apply(current, actionId -> rules.requireOfferedAction(space, connection, actionId)));
    return wrap(space, audience, updated);
  }

  /** listActivationsFromAudience: every activation of the audience, across its connections. */
  JsonNode list(OperationCall call) {
    SpaceState space = call.space();
    AudienceState audience = space.audience(call.path("audienceId"));
    return pagination.page(call, "activations:" + audience.audience().id(), "activations", audience::activations,
        activation -> Representations.activation(space, audience.audience().id(), activation));
  }

  private static ObjectNode wrap(SpaceState space, AudienceState audience, Activation activation) {
    ObjectNode data = Json.object();
    data.set("activation", Representations.activation(space, audience.audience().id(), activation));
    return data;
  }
}
