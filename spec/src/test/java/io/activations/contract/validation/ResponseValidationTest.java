package io.activations.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.testing.Resources;
import org.junit.jupiter.api.Test;

class ResponseValidationTest {

  private static final Spec SPEC = Spec.bundled();
  private static final ContractValidator VALIDATOR = new ContractValidator(SPEC);
  private static final String VENDOR = "application/vnd.segment.v1alpha+json";
  private static final SpecOperation GET_ACTIVATION = SPEC.operation("getActivationFromAudience");

  /** A response with every rate-limit header right, so each test breaks one thing only. */
  private static ApiResponse withRateLimitHeaders(int status) {
    return ApiResponse.status(status)
        .withHeader("X-RateLimit-Consumed", "1")
        .withHeader("X-RateLimit-Remaining", "59")
        .withHeader("X-RateLimit-Reset", "Tue, 31 Dec 2024 23:59:59 GMT");
  }

  private static Report getActivation(String contentType, String bodyResource) {
    return VALIDATOR.validateResponse(GET_ACTIVATION, withRateLimitHeaders(200).withBody(contentType, Resources.bytes(bodyResource)));
  }

  @Test
  void validActivation_isClean() {
    assertThat(getActivation(VENDOR, "responses/activation-valid.json").findings()).isEmpty();
  }

  @Test
  void vendorTypeWithCharset_isAccepted() {
    assertThat(getActivation(VENDOR + ";charset=utf-8", "responses/activation-valid.json").findings()).isEmpty();
  }

  @Test
  void missingRequiredId_isReportedAtThePath() {
    Report report = getActivation(VENDOR, "responses/activation-missing-required-id.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.body.required", "data.activation.id"));
  }

  @Test
  void wrongType_isReportedAtThePath() {
    Report report = getActivation(VENDOR, "responses/activation-enabled-wrong-type.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.body.type", "data.activation.enabled"));
  }

  @Test
  void activationTypeOfANewerVersion_isAccepted_becauseAnswersKeepItOpen() {
    assertThat(getActivation(VENDOR, "responses/activation-activationType-newer-value.json").findings()).isEmpty();
  }

  @Test
  void nullForNullableField_isAccepted() {
    assertThat(getActivation(VENDOR, "responses/activation-displayName-null.json").findings()).isEmpty();
  }

  @Test
  void nullForNonNullableField_isATypeError() {
    assertThat(getActivation(VENDOR, "responses/activation-activationName-null.json").findings())
        .extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.body.type", "data.activation.activationName"));
  }

  @Test
  void undeclaredField_isAWarningOnly() {
    Report report = getActivation(VENDOR, "responses/activation-undeclared-field.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::level, Finding::location)
        .containsExactly(tuple("response.body.undeclaredField", Level.WARNING, "data.activation.destinationConnectionId"));
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void undeclaredNestedField_isReportedWithItsPath() {
    assertThat(getActivation(VENDOR, "responses/activation-undeclared-nested-field.json").findings())
        .extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.body.undeclaredField", "data.activation.personalization.profile.traits"));
  }

  @Test
  void extraKeysInOpenMaps_areNotUndeclaredFields() {
    SpecOperation list = SPEC.operation("listDestinationsFromAudience");
    ApiResponse response = withRateLimitHeaders(200)
        .withBody(VENDOR, Resources.bytes("responses/connections-settings-map-with-extra-keys.json"));

    assertThat(VALIDATOR.validateResponse(list, response).findings()).isEmpty();
  }

  @Test
  void createdAtInAnotherFormat_isAccepted_becauseTheVendorDeclaresNoFormat() {
    SpecOperation list = SPEC.operation("listDestinationsFromAudience");
    ApiResponse response = withRateLimitHeaders(200)
        .withBody(VENDOR, Resources.bytes("responses/connections-createdAt-not-iso.json"));

    assertThat(VALIDATOR.validateResponse(list, response).findings()).isEmpty();
  }

  @Test
  void plainJsonFor200_isAnUndeclaredContentType() {
    assertThat(getActivation("application/json", "responses/activation-valid.json").keys())
        .containsExactly("response.contentType.undeclared");
  }

  @Test
  void noContentType_isMissing() {
    ApiResponse response = withRateLimitHeaders(200);
    response = new ApiResponse(200, response.headers(), Resources.bytes("responses/activation-valid.json"));

    assertThat(VALIDATOR.validateResponse(GET_ACTIVATION, response).keys()).containsExactly("response.contentType.missing");
  }

  @Test
  void malformedJson_isMalformed() {
    assertThat(getActivation(VENDOR, "responses/malformed-truncated.json").keys()).containsExactly("response.body.malformed");
  }

  @Test
  void undeclaredStatus_isReportedAlone() {
    Report report = VALIDATOR.validateResponse(GET_ACTIVATION, ApiResponse.status(500).withBody("text/html", "<h1>oops</h1>"));

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.status.undeclared", "500"));
  }

  @Test
  void missingRateLimitHeaders_onASuccess_areEachReported() {
    ApiResponse response = ApiResponse.status(200).withBody(VENDOR, Resources.bytes("responses/activation-valid.json"));

    assertThat(VALIDATOR.validateResponse(GET_ACTIVATION, response).findings())
        .extracting(Finding::key, Finding::location)
        .containsExactly(
            tuple("response.header.missing", "X-RateLimit-Consumed"),
            tuple("response.header.missing", "X-RateLimit-Remaining"),
            tuple("response.header.missing", "X-RateLimit-Reset"));
  }

  @Test
  void missingRateLimitHeaders_onAnErrorOtherThan429_areFine_becauseTheVendorPromisesThemOnSuccessOnly() {
    ApiResponse response = ApiResponse.status(404).withBody("application/json", Resources.bytes("responses/error-not-found.json"));

    assertThat(VALIDATOR.validateResponse(GET_ACTIVATION, response).findings()).isEmpty();
  }

  @Test
  void headerNames_matchWhateverTheirCase() {
    ApiResponse response = ApiResponse.status(404)
        .withHeader("x-ratelimit-consumed", "1")
        .withHeader("X-RATELIMIT-REMAINING", "59")
        .withHeader("x-RateLimit-reset", "Tue, 31 Dec 2024 23:59:59 GMT")
        .withBody("application/json", Resources.bytes("responses/error-not-found.json"));

    assertThat(VALIDATOR.validateResponse(GET_ACTIVATION, response).findings()).isEmpty();
  }

  @Test
  void invalidHeaderValues_areReportedByKeyword() {
    ApiResponse response = ApiResponse.status(429)
        .withHeader("X-RateLimit-Consumed", "61")
        .withHeader("X-RateLimit-Remaining", "-1")
        .withHeader("X-RateLimit-Reset", "in a minute")
        .withHeader("Retry-After", "soon")
        .withBody("application/json", "{\"errors\":[{\"type\":\"RequestError\",\"message\":\"Too many requests\","
            + "\"data\":{\"msBeforeNext\":1000,\"remainingPoints\":0,\"consumedPoints\":61}}]}");

    assertThat(VALIDATOR.validateResponse(GET_ACTIVATION, response).findings())
        .extracting(Finding::key, Finding::location)
        .containsExactly(
            tuple("response.header.minimum", "X-RateLimit-Remaining"),
            tuple("response.header.pattern", "X-RateLimit-Reset"),
            tuple("response.header.type", "Retry-After"));
  }

  @Test
  void errorWithoutType_breaksTheEnvelope() {
    ApiResponse response = withRateLimitHeaders(404).withBody("application/json", Resources.bytes("responses/error-without-type.json"));

    assertThat(VALIDATOR.validateResponse(GET_ACTIVATION, response).findings())
        .extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.body.required", "errors[0].type"));
  }

  @Test
  void statusOutsideEnum_isReported() {
    ApiResponse response = withRateLimitHeaders(200)
        .withBody(VENDOR, Resources.bytes("responses/remove-destination-status-not-success.json"));

    assertThat(VALIDATOR.validateResponse(SPEC.operation("removeDestinationFromAudience"), response).findings())
        .extracting(Finding::key, Finding::location)
        .containsExactly(tuple("response.body.enum", "data.status"));
  }
}
