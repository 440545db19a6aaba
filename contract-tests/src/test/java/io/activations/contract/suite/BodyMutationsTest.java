package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.validation.ContractValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyMutationsTest {

  private static final Spec SPEC = Spec.bundled();
  private static final SpecDocument DOCUMENT = new SpecDocument(SPEC);

  @Test
  void mutations_ofTheCreateActivationExample_breakEachConstraintOnce() {
    List<Mutation> mutations = mutations("addActivationToAudience");

    assertThat(mutations).extracting(m -> m.keyword() + "@" + m.location()).contains(
        "required@personalization", "required@activationName", "type@activationName", "enum@activationType",
        "maxLength@activationName", "minLength@activationName", "additionalProperties@contractSuiteUnknownField",
        "additionalProperties@personalization.contractSuiteUnknownField", "additionalProperties@destinationMapping.contractSuiteUnknownField",
        "minLength@personalization.profile.properties[0]", "type@personalization.profile.mapping.first_name", "type@body");
    assertThat(mutations).extracting(Mutation::description).doesNotHaveDuplicates();
  }

  @Test
  void mutations_ofTheCreateConnectionExample_crossMaxItems() {
    assertThat(mutations("addDestinationToAudience")).extracting(m -> m.keyword() + "@" + m.location())
        .contains("maxItems@idSyncConfiguration", "enum@idSyncConfiguration[0].strategy", "enum@destination.type");
  }

  @Test
  void mutations_ofEveryRequestExample_areAllRejectedByTheValidator() {
    ContractValidator validator = new ContractValidator(SPEC);
    for (SpecOperation operation : SPEC.operations()) {
      DOCUMENT.requestBody(operation).ifPresent(body -> {
        String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "x");
        for (Mutation mutation : BodyMutations.of(DOCUMENT, body.schema(), body.example().orElseThrow())) {
          ApiRequest request = new ApiRequest(operation.method(), path, java.util.Map.of(),
              java.util.Map.of("Content-Type", List.of(body.mediaType())), Json.bytes(mutation.value()));
          assertThat(validator.validateRequest(SPEC.match(operation.method(), path).orElseThrow(), request).hasErrors())
              .as("%s: %s", operation.operationId(), mutation.description()).isTrue();
        }
      });
    }
  }

  private static List<Mutation> mutations(String operationId) {
    SpecDocument.RequestBody body = DOCUMENT.requestBody(SPEC.operation(operationId)).orElseThrow();
    return BodyMutations.of(DOCUMENT, body.schema(), body.example().orElseThrow());
  }
}
