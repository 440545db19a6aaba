package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.mock.fixtures.CatalogueDestination;
import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.IdSyncConfiguration;
import java.time.Clock;
import java.util.List;

/** Operations 2, 3, 9 and 10: the connections between an audience and destinations. */
final class ConnectionOperations {

  private final DestinationRules rules;
  private final Catalogue catalogue;
  private final Pagination pagination;
  private final Clock clock;

  ConnectionOperations(DestinationRules rules, Catalogue catalogue, Pagination pagination, Clock clock) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.pagination = pagination;
    this.clock = clock;
  }

  /** addDestinationToAudience: only for a destination added to Engage in that space. */
  JsonNode add(OperationCall call) {
    SpaceState space = call.space();
    AudienceState audience = space.audience(call.path("audienceId"));
    JsonNode reference = call.body().path("destination");
    String destinationId = RequestBodies.text(reference, "id");
    EngageDestination destination = space.destination(destinationId, "destination.id");
    String type = RequestBodies.text(reference, "type");
    if (!destination.type().wireName().equals(type)) {
      throw ApiProblem.unprocessable("destination.type", "Destination " + destinationId + " is a "
          + destination.type().wireName() + ", not a " + type);
    }
    CatalogueDestination entry = catalogue.entry(destination.slug());
    List<IdSyncConfiguration> idSync = call.body().has("idSyncConfiguration")
        ? RequestBodies.idSync(call.body().get("idSyncConfiguration"), "idSyncConfiguration")
        : List.of();
    String settings = RequestBodies.freeFormJson(call.body().get("connectionSettings"), "connectionSettings");
    long now = clock.millis();
    List<IdSyncConfiguration> stored = idSync.isEmpty() ? entry.defaultIdSyncConfiguration() : idSync;
    StoredConnection connection = audience.addConnection(id ->
        new StoredConnection(id, audience.audience().id(), destination.id(), true, now, now, stored, settings));
    return Representations.connectionSummary("connection", connection);
  }

  /** listDestinationsFromAudience. */
  JsonNode list(OperationCall call) {
    SpaceState space = call.space();
    AudienceState audience = space.audience(call.path("audienceId"));
    return pagination.page(call, "connections:" + audience.audience().id(), "connections", audience::connections,
        connection -> Representations.connection(space, connection, space.destinations().get(connection.destinationId()),
            rules.catalogueEntry(space, connection.destinationId())));
  }

  /** removeDestinationFromAudience: 409 while the connection still has activations. */
  JsonNode remove(OperationCall call) {
    AudienceState audience = call.space().audience(call.path("audienceId"));
    audience.removeConnection(call.path("destinationId"));
    return Json.object().put("status", "SUCCESS");
  }

  /**
   * updateDestinationForAudience: idSyncConfiguration replaces the list ({@code []} is no change);
   * connectionSettings replaces the object ({@code {}} is no change, null clears it); at least one of them.
   */
  JsonNode update(OperationCall call) {
    AudienceState audience = call.space().audience(call.path("audienceId"));
    JsonNode body = call.body();
    boolean sentIdSync = body.has("idSyncConfiguration");
    boolean sentSettings = body.has("connectionSettings");
    if (!sentIdSync && !sentSettings) {
      throw ApiProblem.badRequest(null, "Send idSyncConfiguration, connectionSettings or both");
    }
    // the body is read before the store's lock is taken; under it, the change only merges
    List<IdSyncConfiguration> sentList = sentIdSync
        ? RequestBodies.idSync(body.get("idSyncConfiguration"), "idSyncConfiguration") : List.of();
    JsonNode sent = body.get("connectionSettings");
    boolean settingsUnchanged = !sentSettings || (sent.isObject() && sent.isEmpty());
    String sentText = settingsUnchanged ? null : RequestBodies.freeFormJson(sent, "connectionSettings");
    long now = clock.millis();
    StoredConnection updated = audience.updateConnection(call.path("destinationId"), current -> current.updated(now,
        sentList.isEmpty() ? current.idSyncConfiguration() : sentList,
        settingsUnchanged ? current.connectionSettingsJson() : sentText));
    return Representations.connectionSummary("destination", updated);
  }
}
