package io.activations.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.activations.contract.testing.Resources;
import io.swagger.v3.oas.models.headers.Header;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoadingTest {

  @Test
  void bundled_loadsTheTenOperationsInDocumentOrder() {
    Spec spec = Spec.bundled();

    assertThat(spec.operations()).extracting(SpecOperation::operationId).containsExactly(
        "addActivationToAudience",
        "addDestinationToAudience",
        "listDestinationsFromAudience",
        "getActivationFromAudience",
        "removeActivationFromAudience",
        "updateActivationForAudience",
        "listActivationsFromAudience",
        "listSupportedDestinationsFromAudience",
        "removeDestinationFromAudience",
        "updateDestinationForAudience");
    assertThat(spec.parserMessages()).isEmpty();
    assertThat(spec.document().path("openapi").asText()).startsWith("3.0.");
  }

  @Test
  void bundled_isLoadedOnce() {
    assertThat(Spec.bundled()).isSameAs(Spec.bundled());
  }

  @Test
  void bundled_readsRateLimitsFromTheExtension() {
    Spec spec = Spec.bundled();

    assertThat(spec.operation("addActivationToAudience").rateLimit()).isEqualTo(RateLimit.perMinute(50));
    assertThat(spec.operation("getActivationFromAudience").rateLimit()).isEqualTo(RateLimit.perMinute(60));
    assertThat(spec.operation("removeDestinationFromAudience").rateLimit().isDefault()).isTrue();
    assertThat(spec.operation("updateDestinationForAudience").rateLimit().isDefault()).isTrue();
  }

  @Test
  void model_hasComponentRefsOfResponsesAndHeadersResolved() {
    SpecOperation operation = Spec.bundled().operation("addActivationToAudience");

    Header retryAfter = operation.model().getResponses().get("429").getHeaders().get("Retry-After");

    assertThat(retryAfter.get$ref()).isNull();
    assertThat(retryAfter.getRequired()).as("the vendor sends Retry-After only sometimes").isFalse();
    assertThat(retryAfter.getSchema().getType()).isEqualTo("integer");
    assertThat(operation.declaredStatuses()).contains(200, 401, 404, 422, 429);
    assertThat(operation.hasRequestBody()).isTrue();
    assertThat(operation.isRequestBodyRequired()).isTrue();
  }

  @Test
  void load_readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("clean.yaml");
    Files.writeString(file, Resources.text("lint/clean.yaml"));

    Spec spec = Spec.load(file);

    assertThat(spec.source()).isEqualTo(file.toString());
    assertThat(spec.operations()).extracting(SpecOperation::operationId).containsExactly("addItem", "listItems");
  }

  @Test
  void load_missingFile_failsWithOneMessage(@TempDir Path dir) {
    SpecLoadException failure = catchThrowableOfType(SpecLoadException.class,
        () -> Spec.load(dir.resolve("absent.yaml")));

    assertThat(failure.messages()).containsExactly("no such file");
  }

  @Test
  void parse_unparseableYaml_failsWithTheLineOfTheProblem() {
    SpecLoadException failure = catchThrowableOfType(SpecLoadException.class,
        () -> Spec.parse(Resources.text("specs/unparseable.yaml"), "unparseable.yaml"));

    assertThat(failure.messages()).hasSize(1);
    assertThat(failure.messages().get(0)).startsWith("line 5, column");
    assertThat(failure.getMessage()).startsWith("unparseable.yaml: ");
  }

  @Test
  void parse_unresolvedRefs_failsOnceListingEveryMessage() {
    SpecLoadException failure = catchThrowableOfType(SpecLoadException.class,
        () -> Spec.parse(Resources.text("specs/unresolved-refs.yaml"), "unresolved-refs.yaml"));

    assertThat(failure.messages()).containsExactlyInAnyOrder(
        "attribute components.schemas.ItemInput.requird is unexpected",
        "paths./things/{thingId}/items.post.parameters[0].$ref: '#/components/parameters/Nope' does not resolve",
        "paths./things/{thingId}/items.post.requestBody.content.application/vnd.example.v1+json.schema.$ref:"
            + " '#/components/schemas/Missing' does not resolve",
        "paths./things/{thingId}/items.post.responses.200.headers.X-RateLimit-Consumed.$ref:"
            + " '#/components/headers/Nope' does not resolve",
        "paths./things/{thingId}/items.post.responses.404.$ref: '#/components/responses/Gone' does not resolve");
  }

  @Test
  void parse_refIntoAnotherFile_isRejected() {
    String text = Resources.text("lint/clean.yaml")
        .replace("schema: {$ref: '#/components/schemas/ItemInput'}", "schema: {$ref: 'items.yaml#/ItemInput'}");

    SpecLoadException failure = catchThrowableOfType(SpecLoadException.class, () -> Spec.parse(text, "split.yaml"));

    assertThat(failure.messages()).anySatisfy(message -> assertThat(message)
        .startsWith("paths./things/{thingId}/items.post.requestBody.content.application/vnd.example.v1+json.schema.$ref:")
        .contains("points outside the document"));
  }

  @Test
  void parse_swaggerTwoDocument_isRejected() {
    assertThatThrownBy(() -> Spec.parse("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", "old.yaml"))
        .isInstanceOf(SpecLoadException.class)
        .satisfies(e -> assertThat(((SpecLoadException) e).messages()).singleElement().asString().contains("openapi"));
  }

  @Test
  void parse_openApi31_isRejected() {
    assertThatThrownBy(() -> Spec.parse("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "new.yaml"))
        .isInstanceOf(SpecLoadException.class)
        .satisfies(e -> assertThat(((SpecLoadException) e).messages()).singleElement().asString().contains("3.1.0"));
  }

  @Test
  void parse_emptyText_isRejected() {
    assertThatThrownBy(() -> Spec.parse("  \n", "empty.yaml")).isInstanceOf(SpecLoadException.class);
  }

  @Test
  void parse_structuralMistake_loadsAndKeepsTheParserMessage() throws Exception {
    Spec spec = Spec.parse(Resources.text("lint/openapi.invalid.yaml"), "typo.yaml");

    assertThat(spec.parserMessages()).containsExactly("attribute components.schemas.ItemInput.requird is unexpected");
  }

  @Test
  void operation_unknownId_isRejected() {
    assertThatThrownBy(() -> Spec.bundled().operation("deleteEverything"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deleteEverything");
  }
}
