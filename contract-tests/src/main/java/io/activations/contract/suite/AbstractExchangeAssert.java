package io.activations.contract.suite;

import io.activations.contract.report.Finding;
import io.activations.contract.spec.Spec;
import io.activations.contract.suite.internal.check.SpecValidator;
import io.activations.contract.validation.ContractValidator;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one exchange with the suite's own checks: {@code assertThat(exchange).conformsToSpec().hasStatus(404)}.
 * Every failure message lists every finding and prints the request (token masked) and response.
 *
 * @param <SELF> the concrete assert, so chained calls keep their type
 */
public abstract class AbstractExchangeAssert<SELF extends AbstractExchangeAssert<SELF>> extends AbstractAssert<SELF, Exchange> {

  /** Reset dates are judged with this much slack, as for a local target. */
  private static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(2);

  private SpecValidator validator;

  protected AbstractExchangeAssert(Exchange actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Judges with this validator instead of the bundled spec's. */
  public SELF usingValidator(SpecValidator value) {
    this.validator = value;
    return myself;
  }

  /**
   * The response conforms: declared status, content type and body schema, required headers, no
   * server error, the error envelope on errors, the rate-limit headers well formed and coherent.
   * Warnings (such as undeclared fields) do not fail this assertion.
   */
  public SELF conformsToSpec() {
    isNotNull();
    List<Finding> findings = findings();
    if (findings.stream().anyMatch(Finding::isError)) {
      throwAssertionError(ExchangeErrors.shouldConformToSpec(actual, findings));
    }
    return myself;
  }

  public SELF hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      throwAssertionError(ExchangeErrors.shouldHaveStatus(actual, expected, findings()));
    }
    return myself;
  }

  public SELF hasHeader(String name) {
    isNotNull();
    if (actual.response().header(name).isEmpty()) {
      throwAssertionError(ExchangeErrors.shouldHaveHeader(actual, name));
    }
    return myself;
  }

  /** The checks report {@code key} (for tests that a broken response is caught). */
  public SELF hasFinding(String key) {
    isNotNull();
    List<Finding> findings = findings();
    if (findings.stream().noneMatch(f -> f.key().equals(key))) {
      throwAssertionError(ExchangeErrors.shouldHaveFinding(actual, key, findings));
    }
    return myself;
  }

  private List<Finding> findings() {
    SpecValidator judge = validator != null ? validator : BundledValidator.INSTANCE;
    return new ResponseChecks(judge).check(actual, CLOCK_TOLERANCE).findings();
  }

  /** The bundled spec's validator, built once: the spec in the jar never changes while the JVM runs. */
  private static final class BundledValidator {
    static final SpecValidator INSTANCE = SpecValidator.of(new ContractValidator(Spec.bundled()));
  }
}
