package io.activations.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.spec.Spec;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The vendor's whole documents from November 2022, with the verdicts listed in activations-history.md §1. */
class VendorHistoryTest {

  private static final DiffOptions OPTIONS = DiffOptions.builder().today(LocalDate.of(2026, 12, 1)).build();

  private static DiffResult diff(String base, String revision) throws Exception {
    return ApiDiff.compare(Spec.load(SharedReference.vendorHistory().resolve(base)),
        Spec.load(SharedReference.vendorHistory().resolve(revision)), OPTIONS);
  }

  @Test
  void reorderedMediaTypesAndSwappedGeneratedNames_areNoChange() throws Exception {
    DiffResult result = diff("public-api-32.0.2-857bfd4.yaml", "public-api-32.0.2-20a7543.yaml");

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void enumValueRemovedFromRequestField_isBreaking_andTheVersionGoingDownIsReported() throws Exception {
    DiffResult result = diff("public-api-32.0.5-5d65300.yaml", "public-api-32.0.4-fb80a09.yaml");

    assertThat(result.isBreaking()).isTrue();
    assertThat(result.findings("request-property-enum-value-removed"))
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.message()).contains("regulationType").contains("BULK_DELETE_ONLY"))
        .extracting(Finding::baseLocation)
        .allSatisfy(pointer -> assertThat(pointer).matches("/components/schemas/Create\\w*RegulationV1Input/properties/regulationType.*"));
    // the same value also left the regulationTypes filter of two list operations (query parameters)
    assertThat(result.findings("request-parameter-enum-value-removed"))
        .extracting(Finding::operation)
        .containsExactlyInAnyOrder("GET /regulations", "GET /regulations/sources/{sourceId}");
    assertThat(result.findings("api-version-decreased")).hasSize(1);
    assertThat(result.findings()).extracting(Finding::ruleId).containsOnly(
        "request-property-enum-value-removed", "request-parameter-enum-value-removed", "api-version-decreased");
  }

  @Test
  void enumValueAddedBackToRequestField_isCompatible() throws Exception {
    DiffResult result = diff("public-api-32.0.4-fb80a09.yaml", "public-api-32.0.5-5d65300.yaml");

    assertThat(result.isBreaking()).isFalse();
    assertThat(result.findings()).extracting(Finding::ruleId)
        .containsOnly("request-property-enum-value-added", "request-parameter-enum-value-added");
    assertThat(result.findings()).hasSize(5).allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.INFO));
  }

  @Test
  void theProjectsSpecAgainstItself_hasNoFinding() {
    assertThat(ApiDiff.compare(Spec.bundled(), Spec.bundled(), OPTIONS).findings()).isEmpty();
  }
}
