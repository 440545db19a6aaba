package io.activations.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import io.activations.contract.testing.Resources;
import org.junit.jupiter.api.Test;

class RequestValidationTest {

  private static final Spec SPEC = Spec.bundled();
  private static final ContractValidator VALIDATOR = new ContractValidator(SPEC);
  private static final String VENDOR = "application/vnd.segment.v1alpha+json";
  private static final String ADD_ACTIVATION = "/spaces/spa_1/audiences/aud_1/destination-connections/ii_1/activations";
  private static final String ADD_DESTINATION = "/spaces/spa_1/audiences/aud_1/destination-connections";
  private static final String ACTIVATION = "/spaces/spa_1/audiences/aud_1/activations/act_1";
  private static final String ACTIVATIONS = "/spaces/spa_1/audiences/aud_1/activations";

  private static Report validate(ApiRequest request) {
    PathMatch match = SPEC.match(request.method(), request.path()).orElseThrow();
    return VALIDATOR.validateRequest(match, request);
  }

  private static Report addActivation(String contentType, String bodyResource) {
    return validate(ApiRequest.post(ADD_ACTIVATION, contentType, Resources.text(bodyResource)));
  }

  @Test
  void validBody_withVendorType_isClean() {
    assertThat(addActivation(VENDOR, "requests/add-activation-valid.json").findings()).isEmpty();
  }

  @Test
  void vendorTypeWithCharsetInAnyCase_isAccepted() {
    Report report = addActivation("Application/VND.Segment.v1alpha+JSON; charset=UTF-8", "requests/add-activation-valid.json");

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void plainJsonContentType_isAcceptedAsSomeSdksSendIt() {
    assertThat(addActivation("application/json; charset=utf-8", "requests/add-activation-valid.json").findings()).isEmpty();
  }

  @Test
  void wrongContentType_isUnsupported() {
    Report report = addActivation("text/plain", "requests/add-activation-valid.json");

    assertThat(report.keys()).containsExactly("request.contentType.unsupported");
  }

  @Test
  void bodyWithoutContentType_isUnsupported() {
    ApiRequest request = new ApiRequest("POST", ADD_ACTIVATION, null, null, Resources.bytes("requests/add-activation-valid.json"));

    assertThat(validate(request).keys()).containsExactly("request.contentType.unsupported");
  }

  @Test
  void malformedJson_isMalformed() {
    assertThat(addActivation(VENDOR, "requests/malformed-truncated.json").keys()).containsExactly("request.body.malformed");
  }

  @Test
  void trailingGarbage_isMalformed() {
    Report report = validate(ApiRequest.post(ADD_ACTIVATION, VENDOR, Resources.text("requests/add-activation-valid.json") + " {}"));

    assertThat(report.keys()).containsExactly("request.body.malformed");
  }

  @Test
  void requiredBodyAbsent_isMissing() {
    assertThat(validate(ApiRequest.of("POST", ADD_ACTIVATION)).keys()).containsExactly("request.body.missing");
  }

  @Test
  void missingRequiredField_isReportedAtTheField() {
    Report report = addActivation(VENDOR, "requests/add-activation-missing-required-activationName.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location, Finding::level)
        .containsExactly(tuple("request.body.required", "activationName", Level.ERROR));
  }

  @Test
  void wrongType_isReportedAtTheField() {
    Report report = addActivation(VENDOR, "requests/add-activation-performResync-wrong-type.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.body.type", "performResync"));
  }

  @Test
  void valueOutsideEnum_isReported() {
    Report report = addActivation(VENDOR, "requests/add-activation-activationType-not-in-enum.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.body.enum", "activationType"));
  }

  @Test
  void unknownNestedField_isReportedWithItsPath() {
    Report report = addActivation(VENDOR, "requests/add-activation-unknown-field-in-personalization.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.body.additionalProperties", "personalization.traits"));
  }

  @Test
  void serverAssignedField_isRejectedAsUnknown() {
    Report report = addActivation(VENDOR, "requests/add-activation-server-assigned-id.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.body.additionalProperties", "id"));
  }

  @Test
  void arrayItemConstraint_isReportedWithTheIndex() {
    Report report = addActivation(VENDOR, "requests/add-activation-empty-profile-property.json");

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.body.minLength", "personalization.profile.properties[1]"));
  }

  @Test
  void tooManyIdSyncEntries_isMaxItems() {
    Report report = validate(ApiRequest.post(ADD_DESTINATION, VENDOR, Resources.text("requests/add-destination-six-id-sync-entries.json")));

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.body.maxItems", "idSyncConfiguration"));
  }

  @Test
  void nullForNullableField_isAccepted() {
    Report report = validate(ApiRequest.patch(ACTIVATION, VENDOR, Resources.text("requests/update-activation-displayName-null.json")));

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void nonIntegerCount_isAParameterTypeError() {
    Report report = validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("pagination.count", "abc"));

    assertThat(report.findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.parameter.type", "pagination.count"));
  }

  @Test
  void countOutOfRange_isReportedWithTheKeyword() {
    assertThat(validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("pagination.count", "0")).keys())
        .containsExactly("request.parameter.minimum");
    assertThat(validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("pagination.count", "1001")).keys())
        .containsExactly("request.parameter.maximum");
  }

  @Test
  void validCount_inEitherQueryForm_isClean() {
    assertThat(validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("pagination.count", "3")).findings()).isEmpty();
    assertThat(validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("pagination[count]", "3")).findings()).isEmpty();
  }

  @Test
  void bracketForm_isValidatedToo() {
    assertThat(validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("pagination[count]", "x")).keys())
        .containsExactly("request.parameter.type");
  }

  @Test
  void undeclaredQueryParameter_isOnlyAWarning() {
    Report report = validate(ApiRequest.get(ACTIVATIONS).withQueryParameter("limit", "3"));

    assertThat(report.findings()).extracting(Finding::key, Finding::level, Finding::location)
        .containsExactly(tuple("request.parameter.unknown", Level.WARNING, "limit"));
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void pathParameterTooLong_isMaxLength() {
    ApiRequest request = ApiRequest.get("/spaces/" + "s".repeat(256) + "/audiences/aud_1/activations/act_1");

    assertThat(validate(request).findings()).extracting(Finding::key, Finding::location)
        .containsExactly(tuple("request.parameter.maxLength", "spaceId"));
  }

  @Test
  void pathParameterOutsideEnum_isEnum() {
    ApiRequest request = ApiRequest.get("/spaces/spa_1/audienceType/ROBOTS/supported-destinations");

    assertThat(validate(request).keys()).containsExactly("request.parameter.enum");
  }
}
