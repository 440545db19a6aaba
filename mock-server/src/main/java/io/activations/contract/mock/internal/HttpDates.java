package io.activations.contract.mock.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * IMF-fixdate (RFC 9110 5.6.7), e.g. {@code Tue, 31 Dec 2024 23:59:59 GMT}. Not
 * {@link DateTimeFormatter#RFC_1123_DATE_TIME}: that one writes single-digit days without the
 * leading zero, which the spec's header pattern rejects.
 */
final class HttpDates {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private HttpDates() {}

  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }
}
