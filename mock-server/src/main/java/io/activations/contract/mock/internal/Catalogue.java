package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.AudienceType;
import io.activations.contract.mock.fixtures.CatalogueAction;
import io.activations.contract.mock.fixtures.CatalogueDestination;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The supported-destination catalogue, looked up by slug; it does not change at run time. */
final class Catalogue {

  private final List<CatalogueDestination> entries;
  private final Map<String, CatalogueDestination> bySlug = new HashMap<>();

  Catalogue(List<CatalogueDestination> entries) {
    this.entries = List.copyOf(entries);
    entries.forEach(entry -> bySlug.put(entry.slug(), entry));
  }

  /** Fixtures guarantee every Engage destination's slug is in the catalogue. */
  CatalogueDestination entry(String slug) {
    CatalogueDestination entry = bySlug.get(slug);
    if (entry == null) {
      throw new IllegalStateException("catalogue has no entry " + slug);
    }
    return entry;
  }

  /**
   * The destinations audiences of {@code type} can be activated to; {@code slug} keeps one
   * destination, {@code actionId} keeps destinations offering that action and only that action.
   */
  List<CatalogueDestination> supported(AudienceType type, String slug, String actionId) {
    List<CatalogueDestination> result = new ArrayList<>();
    for (CatalogueDestination entry : entries) {
      if (!entry.supports(type) || (slug != null && !slug.equals(entry.slug()))) {
        continue;
      }
      if (actionId == null) {
        result.add(entry);
      } else {
        entry.action(actionId).ifPresent(action -> result.add(onlyAction(entry, action)));
      }
    }
    return result;
  }

  private static CatalogueDestination onlyAction(CatalogueDestination entry, CatalogueAction action) {
    return new CatalogueDestination(entry.id(), entry.slug(), entry.name(), entry.audienceTypes(), List.of(action),
        entry.connectionSettings(), entry.defaultIdSyncConfiguration());
  }
}
