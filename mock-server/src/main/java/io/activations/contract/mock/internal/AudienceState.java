package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.Audience;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The live connections and activations of one audience. Every method holds this object's monitor
 * for a few map operations and nothing else (no I/O, no JSON), so rules that span both tables,
 * such as "no activation without its connection" and "no removing a connection that still has
 * activations", hold under concurrent requests. Values are immutable records: a reader gets a
 * snapshot it can serialise after the lock is released.
 */
final class AudienceState {

  private final Audience audience;
  private final OrderedTable<StoredConnection> connections = new OrderedTable<>(Ids.CONNECTION, StoredConnection::id);
  private final OrderedTable<Activation> activations = new OrderedTable<>(Ids.ACTIVATION, Activation::id);
  /** Activations per connection id, so the 409 rule needs no scan. */
  private final Map<String, Integer> activationsPerConnection = new HashMap<>();
  private final SequenceNumbers seqs;
  private final SharedValues shared;

  /**
   * {@code seqs} numbers the items of every audience of the mock, across resets, so a position or
   * id from an earlier generation never names an item of this one; {@code shared} dedupes stored values.
   */
  AudienceState(Audience audience, SequenceNumbers seqs, SharedValues shared) {
    this.audience = audience;
    this.seqs = seqs;
    this.shared = shared;
  }

  Audience audience() {
    return audience;
  }

  /** Adds a connection read from the fixtures. */
  synchronized void restoreConnection(StoredConnection connection) {
    connections.add(seqs.next(), shared.share(connection));
  }

  /** Creates a connection; {@code build} receives its new id (generated here, in the table's order). */
  synchronized StoredConnection addConnection(Function<String, StoredConnection> build) {
    long seq = seqs.next();
    StoredConnection connection = shared.share(build.apply(Ids.next(Ids.CONNECTION, seq)));
    connections.add(seq, connection);
    return connection;
  }

  synchronized StoredConnection connection(String connectionId) {
    return require(connections.get(connectionId), "destinationId", "Connection", connectionId);
  }

  /** Applies {@code change} to the stored connection and keeps the result. */
  synchronized StoredConnection updateConnection(String connectionId, UnaryOperator<StoredConnection> change) {
    StoredConnection changed = shared.share(change.apply(connection(connectionId)));
    connections.replace(connectionId, changed);
    return changed;
  }

  /** Removes a connection that has no activations left; 409 otherwise. */
  synchronized void removeConnection(String connectionId) {
    connection(connectionId);
    int remaining = activationsPerConnection.getOrDefault(connectionId, 0);
    if (remaining > 0) {
      throw ApiProblem.conflict("destinationId", "Connection " + connectionId + " still has " + remaining
          + (remaining == 1 ? " activation" : " activations") + "; remove them first");
    }
    connections.remove(connectionId);
  }

  synchronized Page<StoredConnection> connections(PagePosition position, int count) {
    return connections.page(position, count);
  }

  /**
   * Creates an activation on an existing connection of this audience. {@code build} runs under
   * the lock with the current connection and the new id, so the connection cannot vanish in between.
   */
  synchronized Activation addActivation(String connectionId, NewActivation build) {
    StoredConnection connection = require(connections.get(connectionId), "connectionId", "Connection", connectionId);
    long seq = seqs.next();
    Activation activation = build.create(connection, Ids.next(Ids.ACTIVATION, seq));
    store(seq, activation);
    return activation;
  }

  /** Adds an activation read from the fixtures (its connection was added before). */
  synchronized void restoreActivation(Activation activation) {
    store(seqs.next(), activation);
  }

  private void store(long seq, Activation activation) {
    activations.add(seq, activation);
    activationsPerConnection.merge(activation.connectionId(), 1, Integer::sum);
  }

  synchronized Activation activation(String activationId) {
    return require(activations.get(activationId), "id", "Activation", activationId);
  }

  /** Applies {@code change} to the stored activation (with its connection) and keeps the result. */
  synchronized Activation updateActivation(String activationId, ActivationChange change) {
    Activation current = activation(activationId);
    Activation changed = change.apply(current, connections.get(current.connectionId()));
    activations.replace(activationId, changed);
    return changed;
  }

  synchronized void removeActivation(String activationId) {
    Activation removed = activation(activationId);
    activations.remove(activationId);
    activationsPerConnection.computeIfPresent(removed.connectionId(), (id, count) -> count == 1 ? null : count - 1);
  }

  synchronized Page<Activation> activations(PagePosition position, int count) {
    return activations.page(position, count);
  }

  private static <T> T require(T value, String field, String kind, String id) {
    if (value == null) {
      throw ApiProblem.notFound(field, kind + " " + id + " not found");
    }
    return value;
  }

  /** Builds a new activation from its connection and the id the store gave it. */
  @FunctionalInterface
  interface NewActivation {
    Activation create(StoredConnection connection, String id);
  }

  /** A change to an activation that may need its connection (to check the destination's actions). */
  @FunctionalInterface
  interface ActivationChange {
    Activation apply(Activation current, StoredConnection connection);
  }
}
