package io.activations.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import org.junit.jupiter.api.Test;

/** Values that passed before are remembered for speed; that must never hide a value that fails. */
class RepeatedParameterValuesTest {

  private final Spec spec = Spec.bundled();
  private final ContractValidator validator = new ContractValidator(spec);

  private Report validateGet(String path) {
    return validate(ApiRequest.get(path));
  }

  private Report validate(ApiRequest request) {
    PathMatch match = spec.match(request.method(), request.path()).orElseThrow();
    return validator.validateRequest(match, request);
  }

  @Test
  void invalidValue_isReportedEveryTime_evenAfterValidValuesWereRemembered() {
    ApiRequest list = ApiRequest.get("/spaces/spa_1/audiences/aud_1/activations");
    ApiRequest valid = list.withQueryParameter("pagination.count", "10");
    ApiRequest invalid = list.withQueryParameter("pagination.count", "1001");

    for (int round = 0; round < 3; round++) {
      assertThat(validate(valid).keys()).isEmpty();
      assertThat(validate(invalid).keys()).containsExactly("request.parameter.maximum");
    }
  }

  @Test
  void manyDistinctValidValues_beyondWhatIsRemembered_areStillChecked() {
    for (int i = 0; i < PassedTexts.LIMIT + 10; i++) {
      assertThat(validateGet("/spaces/spa_" + i + "/audiences/aud_1/activations").keys()).isEmpty();
    }
    String tooLong = "s".repeat(256);

    assertThat(validateGet("/spaces/" + tooLong + "/audiences/aud_1/activations").keys())
        .containsExactly("request.parameter.maxLength");
  }
}
