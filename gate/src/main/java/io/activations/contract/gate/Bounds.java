package io.activations.contract.gate;

import java.math.BigDecimal;

/**
 * Numeric constraints: lengths, bounds and item counts. An upper bound tightens when it is set or
 * lowered, a lower bound when it is set or raised; {@code exclusiveMaximum/Minimum} (booleans in
 * OpenAPI 3.0) tighten when they turn on. Which direction breaks depends on the side.
 */
final class Bounds {

  /** Where findings go. */
  interface Reporter {
    void report(SchemaComparison.Where where, SchemaChange change, String keyword, String message);
  }

  private final Reporter reporter;

  Bounds(Reporter reporter) {
    this.reporter = reporter;
  }

  void compare(SchemaComparison.Where where) {
    upper(where, "maxLength", null, SchemaChange.MAX_LENGTH_DECREASED, SchemaChange.MAX_LENGTH_INCREASED);
    lower(where, "minLength", null, SchemaChange.MIN_LENGTH_INCREASED, SchemaChange.MIN_LENGTH_DECREASED);
    upper(where, "maximum", "exclusiveMaximum", SchemaChange.MAX_DECREASED, SchemaChange.MAX_INCREASED);
    lower(where, "minimum", "exclusiveMinimum", SchemaChange.MIN_INCREASED, SchemaChange.MIN_DECREASED);
    upper(where, "maxItems", null, SchemaChange.MAX_ITEMS_DECREASED, SchemaChange.MAX_ITEMS_INCREASED);
    lower(where, "minItems", null, SchemaChange.MIN_ITEMS_INCREASED, SchemaChange.MIN_ITEMS_DECREASED);
  }

  private void upper(SchemaComparison.Where where, String keyword, String exclusive, SchemaChange tighter, SchemaChange looser) {
    bound(where, keyword, exclusive, tighter, looser, -1);
  }

  private void lower(SchemaComparison.Where where, String keyword, String exclusive, SchemaChange tighter, SchemaChange looser) {
    bound(where, keyword, exclusive, tighter, looser, 1);
  }

  /** {@code tighterSign} is the sign of (new - old) that narrows the allowed values: -1 for upper bounds, 1 for lower. */
  private void bound(SchemaComparison.Where where, String keyword, String exclusive, SchemaChange tighter,
      SchemaChange looser, int tighterSign) {
    BigDecimal was = SchemaComparison.number(where.was().keyword(keyword));
    BigDecimal now = SchemaComparison.number(where.now().keyword(keyword));
    if (was == null && now == null) {
      return;
    }
    if (was == null) {
      reporter.report(where, tighter, keyword, keyword + " " + now.toPlainString() + " set");
    } else if (now == null) {
      reporter.report(where, looser, keyword, keyword + " " + was.toPlainString() + " removed");
    } else if (was.compareTo(now) != 0) {
      boolean narrower = Integer.signum(now.compareTo(was)) == tighterSign;
      reporter.report(where, narrower ? tighter : looser, keyword,
          keyword + " changed from " + was.toPlainString() + " to " + now.toPlainString());
    } else if (exclusive != null && where.was().flag(exclusive) != where.now().flag(exclusive)) {
      boolean narrower = where.now().flag(exclusive);
      reporter.report(where, narrower ? tighter : looser, exclusive,
          keyword + " " + now.toPlainString() + (narrower ? " became exclusive" : " became inclusive"));
    }
  }
}
