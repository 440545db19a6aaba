package io.activations.contract.suite;

import io.activations.contract.report.Finding;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The failure texts of the exchange assertions, AssertJ style: each says what was expected, then
 * every finding and the whole exchange.
 */
final class ExchangeErrors extends BasicErrorMessageFactory {

  private ExchangeErrors(String format, Object... arguments) {
    super(format, arguments);
  }

  static ErrorMessageFactory shouldConformToSpec(Exchange exchange, List<Finding> findings) {
    return new ExchangeErrors("%nExpecting the exchange of %s to conform to the spec, but:%n%s%s",
        unquotedString(exchange.operation().operationId()), unquotedString(Transcript.findings(findings)), unquotedString(Transcript.of(exchange)));
  }

  static ErrorMessageFactory shouldHaveStatus(Exchange exchange, int expected, List<Finding> findings) {
    return new ExchangeErrors("%nExpecting %s to answer %s but it answered %s%n%s%s",
        unquotedString(exchange.operation().operationId()), expected, exchange.status(),
        unquotedString(Transcript.findings(findings)), unquotedString(Transcript.of(exchange)));
  }

  static ErrorMessageFactory shouldHaveHeader(Exchange exchange, String name) {
    return new ExchangeErrors("%nExpecting the response to carry header %s, but it does not%n%s",
        unquotedString(name), unquotedString(Transcript.of(exchange)));
  }

  static ErrorMessageFactory shouldHaveFinding(Exchange exchange, String key, List<Finding> findings) {
    return new ExchangeErrors("%nExpecting the checks of %s to report %s, but they reported:%n%s%s",
        unquotedString(exchange.operation().operationId()), unquotedString(key), unquotedString(Transcript.findings(findings)),
        unquotedString(Transcript.of(exchange)));
  }
}
