package io.activations.contract.gate.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.gate.Finding;
import io.activations.contract.gate.Level;
import io.activations.contract.gate.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientCausesTest {

  private static final Finding FORMAT_CHANGED = new Finding("response-property-format-changed", Level.ERR, Side.RESPONSE,
      "GET /spaces/{spaceId}/audiences", "listAudiences", "/components/schemas/PaginationOutput/properties/totalEntries",
      "/components/schemas/PaginationOutput/properties/totalEntries", "format int64");
  private static final Finding OTHER_PROPERTY = new Finding("response-property-removed", Level.ERR, Side.RESPONSE,
      "GET /spaces/{spaceId}/audiences", "listAudiences", "/components/schemas/PaginationOutput/properties/totalEntriesOld",
      "", "removed");
  private static final Finding OF_OPERATION = new Finding("request-parameter-added", Level.ERR, Side.REQUEST,
      "GET /spaces/{spaceId}/audiences", "listAudiences", "", "/paths/~1spaces~1{spaceId}~1audiences/get/parameters/0", "added");

  @Test
  void findingAtThePropertyOrBelow_isTheCause_aSiblingWithALongerNameIsNot() {
    DocumentOrigin property = new DocumentOrigin("/components/schemas/PaginationOutput/properties/totalEntries", "", "PaginationOutput", "totalEntries");

    assertThat(ClientCauses.causes(property, List.of(FORMAT_CHANGED, OTHER_PROPERTY, OF_OPERATION)))
        .containsExactly("response-property-format-changed (ERR) at /components/schemas/PaginationOutput/properties/totalEntries");
  }

  @Test
  void apiMethod_takesTheFindingsAtItsOperation_first() {
    DocumentOrigin operation = new DocumentOrigin("/paths/~1spaces~1{spaceId}~1audiences/get", "listAudiences", "", "");

    assertThat(ClientCauses.causes(operation, List.of(OF_OPERATION, FORMAT_CHANGED)))
        .containsExactly("request-parameter-added (ERR) at /paths/~1spaces~1{spaceId}~1audiences/get/parameters/0");
  }

  @Test
  void apiMethod_takesAnyFindingOfItsOperation_whenNoneSitsAtItsPointer() {
    DocumentOrigin operation = new DocumentOrigin("/paths/~1spaces~1{spaceId}~1audiences/get", "listAudiences", "", "");
    DocumentOrigin otherOperation = new DocumentOrigin("/paths/~1spaces/get", "listSpaces", "", "");

    assertThat(ClientCauses.causes(operation, List.of(FORMAT_CHANGED))).singleElement().asString().startsWith("response-property-format-changed");
    assertThat(ClientCauses.causes(otherOperation, List.of(FORMAT_CHANGED))).isEmpty();
  }

  @Test
  void unknownOrigin_hasNoCause() {
    assertThat(ClientCauses.causes(DocumentOrigin.NONE, List.of(FORMAT_CHANGED, OF_OPERATION))).isEmpty();
  }
}
