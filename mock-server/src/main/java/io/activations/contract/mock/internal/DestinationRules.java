package io.activations.contract.mock.internal;

import io.activations.contract.mock.fixtures.AudienceType;
import io.activations.contract.mock.fixtures.CatalogueDestination;
import java.util.stream.Collectors;

/** The domain rules that depend on what a destination and an audience support. */
final class DestinationRules {

  /** Linked audiences send events about entities, which enter or leave but have no "membership changed". */
  private static final String MEMBERSHIP_CHANGED = "Audience Membership Changed";

  private final Catalogue catalogue;

  DestinationRules(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  CatalogueDestination catalogueEntry(SpaceState space, String destinationId) {
    return catalogue.entry(space.destinations().get(destinationId).slug());
  }

  void requireSupportedActivationType(AudienceType audienceType, String activationType) {
    if (audienceType.isLinked() && MEMBERSHIP_CHANGED.equals(activationType)) {
      throw ApiProblem.unprocessable("activationType",
          "activationType '" + MEMBERSHIP_CHANGED + "' is not supported by a linked audience; "
              + "use 'Audience Entered' or 'Audience Exited'");
    }
  }

  void requireOfferedAction(SpaceState space, StoredConnection connection, String actionId) {
    CatalogueDestination entry = catalogueEntry(space, connection.destinationId());
    if (entry.action(actionId).isEmpty()) {
      String offered = entry.actions().isEmpty()
          ? "it has no actions and is configured through connectionSettings"
          : "it offers " + entry.actions().stream().map(a -> a.id()).collect(Collectors.joining(", "));
      throw ApiProblem.unprocessable("destinationMapping.actionId",
          "Destination " + entry.slug() + " does not support action " + actionId + "; " + offered);
    }
  }

  /** Entities describe related records, which only a linked audience has. */
  static boolean entitiesAllowed(AudienceType audienceType) {
    return audienceType.isLinked();
  }
}
