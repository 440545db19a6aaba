package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.IdSyncConfiguration;
import java.util.List;

/**
 * One shared instance per distinct id-sync list and connectionSettings text of a connection, so a
 * load test's hundreds of thousands of equal connections cost one copy. It belongs to one
 * {@link World}: a reset or a closed mock drops it with everything it remembers.
 */
final class SharedValues {

  /** Distinct values remembered; past that, new ones are kept unshared (see {@link Interner}). */
  private static final int CAPACITY = 4096;

  private final Interner<List<IdSyncConfiguration>> idSyncLists = new Interner<>(CAPACITY);
  private final Interner<String> settingsTexts = new Interner<>(CAPACITY);

  StoredConnection share(StoredConnection connection) {
    List<IdSyncConfiguration> idSync = idSyncLists.intern(connection.idSyncConfiguration());
    String settings = connection.connectionSettingsJson();
    String sharedSettings = settings == null ? null : settingsTexts.intern(settings);
    if (idSync == connection.idSyncConfiguration() && sharedSettings == settings) {
      return connection;
    }
    return new StoredConnection(connection.id(), connection.audienceId(), connection.destinationId(),
        connection.enabled(), connection.createdAtMillis(), connection.updatedAtMillis(), idSync, sharedSettings);
  }
}
