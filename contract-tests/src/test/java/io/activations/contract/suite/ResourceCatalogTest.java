package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.spec.Spec;
import org.junit.jupiter.api.Test;

class ResourceCatalogTest {

  private final Spec spec = Spec.bundled();
  private final ResourceCatalog catalog = new ResourceCatalog(spec);

  @Test
  void kindOf_anActivationId_isCreatedByAddActivationAndRemovedByRemoveActivation() {
    ResourceCatalog.Kind kind = catalog.kindOf(spec.operation("getActivationFromAudience"), "id").orElseThrow();

    assertThat(kind.collection()).isEqualTo("activations");
    assertThat(kind.creator().operationId()).isEqualTo("addActivationToAudience");
    assertThat(kind.remover().orElseThrow().operationId()).isEqualTo("removeActivationFromAudience");
  }

  @Test
  void kindOf_aConnectionParameter_isCreatedByAddDestination() {
    assertThat(catalog.kindOf(spec.operation("addActivationToAudience"), "connectionId").orElseThrow().creator().operationId())
        .isEqualTo("addDestinationToAudience");
    assertThat(catalog.kindOf(spec.operation("updateDestinationForAudience"), "destinationId").orElseThrow().remover().orElseThrow()
        .operationId()).isEqualTo("removeDestinationFromAudience");
  }

  @Test
  void kindOf_fixtureParameters_isEmpty() {
    assertThat(catalog.kindOf(spec.operation("getActivationFromAudience"), "spaceId")).isEmpty();
    assertThat(catalog.kindOf(spec.operation("getActivationFromAudience"), "audienceId")).isEmpty();
    assertThat(catalog.kindOf(spec.operation("listSupportedDestinationsFromAudience"), "audienceType")).isEmpty();
  }
}
