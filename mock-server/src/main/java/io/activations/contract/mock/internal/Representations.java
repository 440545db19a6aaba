package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.CatalogueAction;
import io.activations.contract.mock.fixtures.CatalogueDestination;
import io.activations.contract.mock.fixtures.EngageDestination;
import io.activations.contract.mock.fixtures.IdSyncConfiguration;
import io.activations.contract.mock.fixtures.MappableField;
import io.activations.contract.mock.fixtures.PersonalizationEntity;
import io.activations.contract.mock.fixtures.Profile;
import java.util.List;
import java.util.Map;

/** The JSON the API answers for each kind of resource (the spec's *Output schemas). */
final class Representations {

  private Representations() {}

  /** ActivationOutput; {@code displayName} is always present, null when not set (as the spec's example). */
  static ObjectNode activation(SpaceState space, String audienceId, Activation activation) {
    ObjectNode node = Json.object();
    node.put("id", activation.id());
    node.put("enabled", activation.enabled());
    node.put("workspaceId", space.workspaceId());
    node.put("spaceId", space.id());
    node.put("audienceId", audienceId);
    node.put("connectionId", activation.connectionId());
    node.put("activationType", activation.activationType());
    node.put("activationName", activation.activationName());
    node.put("displayName", activation.displayName());
    ObjectNode personalization = node.putObject("personalization");
    personalization.set("profile", profile(activation.personalization().profile()));
    List<PersonalizationEntity> entities = activation.personalization().entities();
    if (entities != null) {
      ArrayNode array = personalization.putArray("entities");
      for (PersonalizationEntity entity : entities) {
        ObjectNode item = array.addObject();
        strings(item.putArray("properties"), entity.properties());
        item.put("relationshipSlug", entity.relationshipSlug());
      }
    }
    if (activation.personalization().syncEntityPropertyChanges() != null) {
      personalization.put("syncEntityPropertyChanges", activation.personalization().syncEntityPropertyChanges());
    }
    if (activation.destinationMapping() != null) {
      ObjectNode mapping = node.putObject("destinationMapping");
      mapping.put("actionId", activation.destinationMapping().actionId());
      if (activation.destinationMapping().settings() != null) {
        mapping.set("settings", freeForm(activation.destinationMapping().settings()));
      }
    }
    node.put("performResync", activation.performResync());
    return node;
  }

  /** SimpleDestination: a connection as listDestinationsFromAudience shows it. */
  static ObjectNode connection(SpaceState space, StoredConnection connection, EngageDestination destination,
      CatalogueDestination entry) {
    ObjectNode node = Json.object();
    node.put("id", connection.id());
    node.put("name", destination.name());
    node.put("sourceId", space.space().sourceId());
    node.put("enabled", connection.enabled());
    node.put("createdAt", connection.createdAt());
    node.put("updatedAt", connection.updatedAt());
    node.set("settings", freeForm(destination.settings()));
    node.put("destinationId", destination.id());
    ObjectNode metadata = node.putObject("metadata");
    metadata.put("id", entry.id());
    metadata.put("name", entry.name());
    metadata.put("slug", entry.slug());
    node.set("idSyncConfiguration", idSync(connection.idSyncConfiguration()));
    connectionSettings(node, connection);
    return node;
  }

  /** The body of addDestinationToAudience ({@code connection}) and updateDestinationForAudience ({@code destination}). */
  static ObjectNode connectionSummary(String idHolder, StoredConnection connection) {
    ObjectNode node = Json.object();
    node.putObject(idHolder).put("id", connection.id());
    node.set("idSyncConfiguration", idSync(connection.idSyncConfiguration()));
    connectionSettings(node, connection);
    return node;
  }

  /** The stored JSON text goes out verbatim: it was written by Jackson, so it is valid JSON. */
  private static void connectionSettings(ObjectNode node, StoredConnection connection) {
    if (connection.connectionSettingsJson() == null) {
      node.putNull("connectionSettings");
    } else {
      node.putRawValue("connectionSettings", new RawValue(connection.connectionSettingsJson()));
    }
  }

  /** SupportedDestination. */
  static ObjectNode supportedDestination(CatalogueDestination entry) {
    ObjectNode node = Json.object();
    node.put("id", entry.id());
    node.put("slug", entry.slug());
    node.put("name", entry.name());
    ArrayNode actions = node.putArray("actions");
    for (CatalogueAction action : entry.actions()) {
      ObjectNode item = actions.addObject();
      item.put("id", action.id());
      item.put("name", action.name());
      item.set("fields", fields(action.fields()));
    }
    node.set("connectionSettings", fields(entry.connectionSettings()));
    return node;
  }

  static ObjectNode pagination(String current, String next, String previous, int totalEntries) {
    ObjectNode node = Json.object();
    node.put("current", current);
    node.put("next", next);
    node.put("previous", previous);
    node.put("totalEntries", totalEntries);
    return node;
  }

  private static ObjectNode profile(Profile profile) {
    ObjectNode node = Json.object();
    strings(node.putArray("properties"), profile.properties());
    if (profile.mapping() != null) {
      ObjectNode mapping = node.putObject("mapping");
      profile.mapping().forEach(mapping::put);
    }
    return node;
  }

  private static ArrayNode idSync(List<IdSyncConfiguration> configurations) {
    ArrayNode array = Json.NODES.arrayNode(configurations.size());
    for (IdSyncConfiguration configuration : configurations) {
      ObjectNode item = array.addObject();
      item.put("externalId", configuration.externalId());
      item.put("strategy", configuration.strategy());
      if (configuration.mapTo() != null) {
        item.put("mapTo", configuration.mapTo());
      }
    }
    return array;
  }

  private static ArrayNode fields(List<MappableField> fields) {
    ArrayNode array = Json.NODES.arrayNode(fields.size());
    fields.forEach(field -> array.add(Json.MAPPER.valueToTree(field)));
    return array;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static JsonNode freeForm(Map<String, Object> values) {
    return values == null ? Json.NODES.nullNode() : Json.MAPPER.valueToTree(values);
  }
}
