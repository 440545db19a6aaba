package io.activations.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class SpecMatchTest {

  private final Spec spec = Spec.bundled();

  @Test
  void match_concretePath_findsOperationAndDecodesParameters() {
    PathMatch match = spec.match("PATCH", "/spaces/spa_1/audiences/aud%201/activations/act%2F9").orElseThrow();

    assertThat(match.operation().operationId()).isEqualTo("updateActivationForAudience");
    assertThat(match.pathParameters()).containsExactly(
        entry("spaceId", "spa_1"), entry("audienceId", "aud 1"), entry("id", "act/9"));
  }

  @Test
  void match_plusInPath_staysAPlus() {
    PathMatch match = spec.match("GET", "/spaces/a+b/audiences/c/activations/d").orElseThrow();

    assertThat(match.pathParameters()).containsEntry("spaceId", "a+b");
  }

  @Test
  void match_methodInLowerCase_matches() {
    assertThat(spec.match("get", "/spaces/s/audiences/a/activations")).get()
        .extracting(m -> m.operation().operationId()).isEqualTo("listActivationsFromAudience");
  }

  @Test
  void match_queryStringOnThePath_isIgnored() {
    assertThat(spec.match("GET", "/spaces/s/audiences/a/activations?pagination.count=3")).isPresent();
  }

  @Test
  void match_emptySegment_doesNotMatch() {
    assertThat(spec.match("GET", "/spaces//audiences/a/activations")).isEmpty();
  }

  @Test
  void match_trailingSlash_doesNotMatch() {
    assertThat(spec.match("GET", "/spaces/s/audiences/a/activations/")).isEmpty();
  }

  @Test
  void match_unsupportedMethod_isEmptyButPathIsKnown() {
    String path = "/spaces/s/audiences/a/activations/act_1";

    assertThat(spec.match("POST", path)).isEmpty();
    assertThat(spec.methodsFor(path)).containsExactlyInAnyOrder("GET", "DELETE", "PATCH");
  }

  @Test
  void methodsFor_unknownPath_isEmpty() {
    assertThat(spec.methodsFor("/spaces/s/segments")).isEmpty();
  }

  @Test
  void match_literalSegment_winsOverSameLengthTemplate() {
    PathMatch match = spec.match("GET", "/spaces/s/audienceType/USERS/supported-destinations").orElseThrow();

    assertThat(match.operation().operationId()).isEqualTo("listSupportedDestinationsFromAudience");
    assertThat(match.pathParameters()).containsEntry("audienceType", "USERS");
  }
}
