package io.activations.contract.gate;

/**
 * A change to one schema keyword, with its level when the schema describes what callers send
 * (request) and what clients read (response). Tightening hurts callers, loosening hurts clients;
 * {@code null} means the change cannot happen on that side under this name.
 */
enum SchemaChange {
  TYPE_CHANGED("type-changed", Level.ERR, Level.ERR, "the type changed"),
  FORMAT_CHANGED("format-changed", Level.ERR, Level.ERR,
      "the format changed (in a request also: a format was added; in a response: removed)"),
  FORMAT_GENERALIZED("format-generalized", Level.INFO, null, "the format was removed: any value of the type is accepted"),
  FORMAT_SPECIALIZED("format-specialized", null, Level.INFO, "a format was added to a value the server already sent"),
  BECAME_NULLABLE("became-nullable", Level.INFO, Level.ERR, "became nullable"),
  BECAME_NOT_NULLABLE("became-not-nullable", Level.ERR, Level.INFO, "became not nullable"),
  ENUM_VALUE_ADDED("enum-value-added", Level.INFO, Level.WARN, "an enum value was added, or the enum was dropped"),
  ENUM_VALUE_REMOVED("enum-value-removed", Level.ERR, Level.INFO, "an enum value was removed"),
  BECAME_ENUM("became-enum", Level.ERR, Level.INFO, "became an enum"),
  MAX_LENGTH_DECREASED("max-length-decreased", Level.ERR, Level.INFO, "maxLength lowered or set"),
  MAX_LENGTH_INCREASED("max-length-increased", Level.INFO, Level.ERR, "maxLength raised or removed"),
  MIN_LENGTH_INCREASED("min-length-increased", Level.ERR, Level.INFO, "minLength raised or set"),
  MIN_LENGTH_DECREASED("min-length-decreased", Level.INFO, Level.ERR, "minLength lowered or removed"),
  MAX_DECREASED("max-decreased", Level.ERR, Level.INFO, "maximum lowered, set or made exclusive"),
  MAX_INCREASED("max-increased", Level.INFO, Level.ERR, "maximum raised, removed or made inclusive"),
  MIN_INCREASED("min-increased", Level.ERR, Level.INFO, "minimum raised, set or made exclusive"),
  MIN_DECREASED("min-decreased", Level.INFO, Level.ERR, "minimum lowered, removed or made inclusive"),
  MAX_ITEMS_DECREASED("max-items-decreased", Level.ERR, Level.INFO, "maxItems lowered or set"),
  MAX_ITEMS_INCREASED("max-items-increased", Level.INFO, Level.ERR, "maxItems raised or removed"),
  MIN_ITEMS_INCREASED("min-items-increased", Level.ERR, Level.INFO, "minItems raised or set"),
  MIN_ITEMS_DECREASED("min-items-decreased", Level.INFO, Level.ERR, "minItems lowered or removed"),
  PATTERN_ADDED("pattern-added", Level.ERR, Level.INFO, "a pattern was added"),
  PATTERN_CHANGED("pattern-changed", Level.ERR, Level.WARN, "the pattern changed"),
  PATTERN_REMOVED("pattern-removed", Level.INFO, Level.ERR, "the pattern was removed"),
  ONE_OF_ADDED("one-of-added", Level.INFO, Level.WARN, "a oneOf alternative was added"),
  ONE_OF_REMOVED("one-of-removed", Level.ERR, Level.INFO, "a oneOf alternative was removed"),
  ANY_OF_ADDED("any-of-added", Level.INFO, Level.WARN, "an anyOf alternative was added"),
  ANY_OF_REMOVED("any-of-removed", Level.ERR, Level.INFO, "an anyOf alternative was removed");

  final String suffix;
  private final Level requestLevel;
  private final Level responseLevel;
  final String summary;

  SchemaChange(String suffix, Level requestLevel, Level responseLevel, String summary) {
    this.suffix = suffix;
    this.requestLevel = requestLevel;
    this.responseLevel = responseLevel;
    this.summary = summary;
  }

  /** The level on one side, or null when the change does not exist there. */
  Level level(Side side) {
    return side == Side.REQUEST ? requestLevel : responseLevel;
  }
}
