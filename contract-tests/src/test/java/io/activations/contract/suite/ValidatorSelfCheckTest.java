package io.activations.contract.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.SpecValidator;
import io.activations.contract.validation.ContractValidator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidatorSelfCheckTest {

  private static final SuiteOptions FAST = SuiteOptions.defaults().withBurst(false);

  private EmbeddedMockTarget target;
  private SpecValidator real;

  @BeforeAll
  void startMock() {
    target = EmbeddedMockTarget.start();
    real = SpecValidator.of(new ContractValidator(Spec.bundled()));
  }

  @AfterAll
  void stopMock() {
    target.close();
  }

  @Test
  void run_withABlindValidator_failsTheSelfCheckForEveryKindOfMutant() {
    SpecValidator blind = new SpecValidator() {
      @Override
      public Report validateRequest(PathMatch match, ApiRequest request) {
        return Report.empty();
      }

      @Override
      public Report validateResponse(SpecOperation operation, ApiResponse response) {
        return Report.empty();
      }
    };

    SuiteResult result = ContractSuite.forTarget(target).withOptions(FAST).withValidator(blind).run();

    assertThat(result.allPassed()).isFalse();
    assertThat(selfCheckKeys(result)).contains("selfcheck.validator.required", "selfcheck.validator.type", "selfcheck.validator.enum",
        "selfcheck.validator.additionalProperties", "selfcheck.validator.header", "selfcheck.validator.contentType",
        "selfcheck.validator.status", "selfcheck.validator.maxLength");
    ProvokedKeys.record(ValidatorSelfCheckTest.class, "selfcheck.validator.required");
  }

  @Test
  void run_withAValidatorThatNamesTheWrongKeyword_failsTheKeywordItMisnames() {
    SpecValidator misnaming = mapped(real, f -> f.key().endsWith(".type")
        ? Finding.error(f.key().substring(0, f.key().length() - "type".length()) + "required", f.location(), f.message()) : f);

    SuiteResult result = ContractSuite.forTarget(target).withOptions(FAST).withValidator(misnaming).run();

    assertThat(selfCheckKeys(result)).as("a type error reported as required is no proof the validator checks types")
        .contains("selfcheck.validator.type").doesNotContain("selfcheck.validator.enum", "selfcheck.validator.status");
  }

  @Test
  void run_withAValidatorThatRejectsEverything_failsTheExamples() {
    SpecValidator paranoid = new SpecValidator() {
      @Override
      public Report validateRequest(PathMatch match, ApiRequest request) {
        return Report.of(List.of(Finding.error("request.body.type", "", "rejected")));
      }

      @Override
      public Report validateResponse(SpecOperation operation, ApiResponse response) {
        return real.validateResponse(operation, response);
      }
    };

    SuiteResult result = ContractSuite.forTarget(target).withOptions(FAST).withValidator(paranoid).run();

    assertThat(selfCheckKeys(result)).contains("selfcheck.example.invalid");
    ProvokedKeys.record(ValidatorSelfCheckTest.class, "selfcheck.example.invalid");
  }

  @Test
  void run_withAValidatorBlindToTypes_namesExactlyTheTypeKeyword() {
    SpecValidator blindToTypes = filtered(real, f -> !f.key().endsWith(".type"));

    SuiteResult result = ContractSuite.forTarget(target).withOptions(FAST).withValidator(blindToTypes).run();

    assertThat(selfCheckKeys(result)).contains("selfcheck.validator.type")
        .doesNotContain("selfcheck.validator.required", "selfcheck.validator.enum", "selfcheck.example.invalid");
  }

  @Test
  void run_withTheRealValidator_rejectsEveryMutantOfEveryExample() {
    SuiteResult result = ContractSuite.forTarget(target).withOptions(FAST.withReadOnly(true)).run();

    List<CaseResult> selfCheck = result.byGroup().get("selfcheck");
    assertThat(selfCheck).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(CaseStatus.PASSED));
    assertThat(selfCheck.stream().mapToInt(CaseResult::checks).sum()).as("mutants checked").isGreaterThan(200);
    assertThat(selfCheck).allSatisfy(c -> assertThat(c.keys()).contains("selfcheck.coverage"));
    ProvokedKeys.record(ValidatorSelfCheckTest.class, "selfcheck.coverage");
  }

  private static Set<String> selfCheckKeys(SuiteResult result) {
    return result.cases().stream().filter(c -> c.group().equals("selfcheck")).flatMap(c -> c.errors().stream())
        .map(Finding::key).collect(Collectors.toSet());
  }

  private static SpecValidator mapped(SpecValidator validator, java.util.function.UnaryOperator<Finding> change) {
    return new SpecValidator() {
      @Override
      public Report validateRequest(PathMatch match, ApiRequest request) {
        return Report.of(validator.validateRequest(match, request).findings().stream().map(change).toList());
      }

      @Override
      public Report validateResponse(SpecOperation operation, ApiResponse response) {
        return Report.of(validator.validateResponse(operation, response).findings().stream().map(change).toList());
      }
    };
  }

  private static SpecValidator filtered(SpecValidator validator, Predicate<Finding> keep) {
    return new SpecValidator() {
      @Override
      public Report validateRequest(PathMatch match, ApiRequest request) {
        return Report.of(validator.validateRequest(match, request).findings().stream().filter(keep).toList());
      }

      @Override
      public Report validateResponse(SpecOperation operation, ApiResponse response) {
        return Report.of(validator.validateResponse(operation, response).findings().stream().filter(keep).toList());
      }
    };
  }
}
