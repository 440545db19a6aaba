package io.activations.contract.suite;

/** Entry point of the contract assertions: {@code assertThat(exchange).conformsToSpec().hasStatus(200)}. */
public final class ContractAssertions {

  private ContractAssertions() {}

  public static ExchangeAssert assertThat(Exchange actual) {
    return new ExchangeAssert(actual);
  }
}
