package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.Connection;
import io.activations.contract.mock.fixtures.IdSyncConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A live connection in the compact form the store keeps: load tests create hundreds of thousands
 * of them, so timestamps are epoch millis, the id-sync list is shared with every equal one, and the
 * free-form connectionSettings are kept as their JSON text ({@code null} for JSON null), shared
 * between equal ones and written out verbatim, instead of as a tree of maps. The sharing is the
 * store's ({@link SharedValues}), per generation of the world.
 */
record StoredConnection(String id, String audienceId, String destinationId, boolean enabled, long createdAtMillis,
    long updatedAtMillis, List<IdSyncConfiguration> idSyncConfiguration, String connectionSettingsJson) {

  StoredConnection {
    idSyncConfiguration = List.copyOf(idSyncConfiguration);
  }

  static StoredConnection from(Connection fixture) {
    Map<String, Object> settings = fixture.connectionSettings();
    return new StoredConnection(fixture.id(), fixture.audienceId(), fixture.destinationId(), fixture.enabled(),
        fixture.createdAt().toEpochMilli(), fixture.updatedAt().toEpochMilli(), fixture.idSyncConfiguration(),
        settings == null ? null : Json.text(settings));
  }

  StoredConnection updated(long nowMillis, List<IdSyncConfiguration> newIdSync, String newSettingsJson) {
    return new StoredConnection(id, audienceId, destinationId, enabled, createdAtMillis, nowMillis, newIdSync,
        newSettingsJson);
  }

  String createdAt() {
    return Instant.ofEpochMilli(createdAtMillis).toString();
  }

  String updatedAt() {
    return Instant.ofEpochMilli(updatedAtMillis).toString();
  }
}
