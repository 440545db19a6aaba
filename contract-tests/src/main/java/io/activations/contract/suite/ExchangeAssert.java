package io.activations.contract.suite;

/** The concrete exchange assertion; start from {@link ContractAssertions#assertThat(Exchange)}. */
public class ExchangeAssert extends AbstractExchangeAssert<ExchangeAssert> {

  public ExchangeAssert(Exchange actual) {
    super(actual, ExchangeAssert.class);
  }
}
