package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.FindingKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Creates the resources cases need through the spec's own create operations, shares one of each
 * kind between cases, and remembers everything it created so the run can remove it at the end,
 * even when cases fail. One run at a time.
 */
final class Provisioner {

  /**
   * A resource on the target.
   *
   * @param collection the collection it belongs to ({@code activations})
   * @param id its id
   * @param remover how to delete it, when the suite created it
   * @param removerPath the path parameters of that delete
   */
  record Resource(String collection, String id, Optional<SpecOperation> remover, Map<String, String> removerPath) {}

  private final Map<String, Resource> shared = new HashMap<>();
  private final List<Resource> created = new ArrayList<>();
  private final Object creations = new Object();
  private int creationsInFlight;
  private boolean stopped;

  /**
   * Notes that a request that creates something is about to be sent; false once the run is
   * stopping, when nothing new may be created (its answer could come after the last cleanup).
   */
  boolean creationSending() {
    synchronized (creations) {
      if (stopped) {
        return false;
      }
      creationsInFlight++;
      return true;
    }
  }

  /** Notes that a creating request was answered and what it created (if anything) was recorded. */
  void creationSettled() {
    synchronized (creations) {
      creationsInFlight--;
      creations.notifyAll();
    }
  }

  /**
   * Lets no new creation start, then waits (at most {@code limit}) for those already sent to be
   * answered and recorded, so a cleanup that follows knows everything the run created.
   */
  void stopCreating(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (creations) {
      stopped = true;
      for (long left = limit.toNanos(); creationsInFlight > 0 && left > 0; left = deadline - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(creations, left);
      }
    }
  }

  /** The shared resource of this kind, created on first use (or the fixtures' existing one when writes are off). */
  synchronized Resource shared(ResourceCatalog.Kind kind, CaseRun run) {
    Resource resource = shared.get(kind.collection());
    if (resource != null) {
      return resource;
    }
    if (run.session().options().readOnly()) {
      String id = run.session().bindings().existing(kind.collection()).orElseThrow(() -> run.skipped(
          "writes are off and the fixtures name no existing resource of " + kind.collection()));
      resource = new Resource(kind.collection(), id, Optional.empty(), Map.of());
    } else {
      resource = fresh(kind, run);
    }
    shared.put(kind.collection(), resource);
    return resource;
  }

  /** A new resource of this kind, for a case that deletes or fills it. */
  Resource fresh(ResourceCatalog.Kind kind, CaseRun run) {
    if (run.session().options().readOnly()) {
      throw run.skipped("writes are off");
    }
    var exchange = run.require(run.positive(kind.creator()), Expect.ok(), "create a resource of " + kind.collection());
    String id = run.json(exchange).flatMap(body -> createdId(body.path("data")))
        .orElseThrow(() -> run.aborted(FindingKey.CASE_PREREQUISITE_FAILED, "the answer of " + kind.creator().operationId() + " names no created id"));
    return recorded(id)
        .orElseThrow(() -> run.aborted(FindingKey.CASE_PREREQUISITE_FAILED, "the created " + kind.collection() + " " + id + " was not recorded"));
  }

  /**
   * Records a resource a create answered with 2xx, whichever case sent it (even a negative case
   * the server wrongly accepted), so the run removes it at the end.
   */
  synchronized void adopt(ResourceCatalog.Kind kind, Map<String, String> creatorPath, JsonNode answer, SpecDocument document) {
    Optional<String> id = createdId(answer.path("data"));
    if (id.isEmpty() || created.stream().anyMatch(r -> r.id().equals(id.get()))) {
      return;
    }
    Map<String, String> removerPath = new LinkedHashMap<>();
    kind.remover().ifPresent(remover -> {
      String item = ResourceCatalog.itemParameter(remover);
      document.parameters(remover, "path").forEach(p ->
          removerPath.put(p.name(), p.name().equals(item) ? id.get() : creatorPath.getOrDefault(p.name(), id.get())));
    });
    created.add(new Resource(kind.collection(), id.get(), kind.remover(), removerPath));
  }

  private synchronized Optional<Resource> recorded(String id) {
    return created.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Forgets resources named by any of {@code ids}: a delete the suite sent succeeded. */
  synchronized void forget(Collection<String> ids) {
    created.removeIf(r -> ids.contains(r.id()));
    shared.values().removeIf(r -> ids.contains(r.id()));
  }

  /** What the run created and has not deleted, newest first: the order that deletes children before parents. */
  synchronized List<Resource> leftovers() {
    List<Resource> newestFirst = new ArrayList<>(created);
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  /** The id of what a create answered: the shallowest string {@code id} inside {@code data}. */
  static Optional<String> createdId(JsonNode data) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(data);
    while (!queue.isEmpty()) {
      JsonNode node = queue.poll();
      if (node.isObject()) {
        if (node.path("id").isTextual() && !node.path("id").asText().isEmpty()) {
          return Optional.of(node.get("id").asText());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
          JsonNode child = it.next();
          if (child.isObject()) {
            queue.add(child);
          }
        }
      }
    }
    return Optional.empty();
  }
}
