package io.activations.contract.suite.internal.check;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.validation.ContractValidator;
import java.util.Objects;

/**
 * What the suite needs from a validator. An interface so the validator's own health can be checked
 * with a deliberately blind one: the suite must notice when validation silently stops.
 */
public interface SpecValidator {

  Report validateRequest(PathMatch match, ApiRequest request);

  Report validateResponse(SpecOperation operation, ApiResponse response);

  /** The spec module's validator. */
  static SpecValidator of(ContractValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return new SpecValidator() {
      @Override
      public Report validateRequest(PathMatch match, ApiRequest request) {
        return validator.validateRequest(match, request);
      }

      @Override
      public Report validateResponse(SpecOperation operation, ApiResponse response) {
        return validator.validateResponse(operation, response);
      }

      @Override
      public String toString() {
        return "ContractValidator";
      }
    };
  }
}
