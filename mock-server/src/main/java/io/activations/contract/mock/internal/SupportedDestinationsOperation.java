package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.mock.fixtures.AudienceType;
import io.activations.contract.mock.fixtures.CatalogueDestination;
import java.util.List;

/** Operation 8, listSupportedDestinationsFromAudience: the catalogue filtered by audience type, slug and action. */
final class SupportedDestinationsOperation implements OperationHandler {

  private final Catalogue catalogue;
  private final Pagination pagination;

  SupportedDestinationsOperation(Catalogue catalogue, Pagination pagination) {
    this.catalogue = catalogue;
    this.pagination = pagination;
  }

  @Override
  public JsonNode handle(OperationCall call) {
    call.space();
    AudienceType type = audienceType(call.path("audienceType"));
    List<CatalogueDestination> supported = catalogue.supported(type, call.query("slug"), call.query("actionId"));
    ObjectNode data = Json.object();
    ObjectNode destinations = data.putObject("destinations");
    supported.forEach(entry -> destinations.set(entry.slug(), Representations.supportedDestination(entry)));
    data.set("pagination", pagination.whole("supported:" + type, supported.size()));
    return data;
  }

  private static AudienceType audienceType(String raw) {
    try {
      return AudienceType.valueOf(raw);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.unprocessable("audienceType", "audienceType must be USERS, ACCOUNTS or LINKED");
    }
  }
}
