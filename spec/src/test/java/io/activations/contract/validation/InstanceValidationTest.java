package io.activations.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.contract.report.Finding;
import io.activations.contract.spec.Spec;
import org.junit.jupiter.api.Test;

class InstanceValidationTest {

  private static final ContractValidator VALIDATOR = new ContractValidator(Spec.bundled());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void validInstance_isClean() throws Exception {
    JsonNode entry = JSON.readTree("{\"externalId\":\"email\",\"strategy\":\"last\"}");

    assertThat(VALIDATOR.validateInstance(entry, "#/components/schemas/IDSyncConfigurationInput").findings()).isEmpty();
  }

  @Test
  void invalidInstance_isReportedAsInstanceKeys() throws Exception {
    JsonNode entry = JSON.readTree("{\"externalId\":\"email\",\"strategy\":\"sometimes\",\"extra\":1}");

    assertThat(VALIDATOR.validateInstance(entry, "#/components/schemas/IDSyncConfigurationInput").findings())
        .extracting(Finding::key, Finding::location)
        .containsExactlyInAnyOrder(tuple("instance.enum", "strategy"), tuple("instance.additionalProperties", "extra"));
  }

  @Test
  void inlineSchemaByPointer_isUsable() throws Exception {
    String countSchema = "#/components/parameters/PaginationCount/schema";

    assertThat(VALIDATOR.validateInstance(JSON.readTree("0"), countSchema).keys()).containsExactly("instance.minimum");
    assertThat(VALIDATOR.validateInstance(JSON.readTree("10"), countSchema).findings()).isEmpty();
  }

  @Test
  void unknownReference_isRejected() {
    assertThatThrownBy(() -> VALIDATOR.validateInstance(JSON.nullNode(), "#/components/schemas/Nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("#/components/schemas/Nope");
  }
}
