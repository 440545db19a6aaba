package io.activations.contract.suite;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft exchange assertions: every failing assertion is collected, and {@link #assertAll()} reports
 * them together, so one test shows every violation of every exchange.
 */
public class ContractSoftAssertions extends AbstractSoftAssertions {

  public ExchangeAssert assertThat(Exchange actual) {
    return proxy(ExchangeAssert.class, Exchange.class, actual);
  }
}
