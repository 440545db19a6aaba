package io.activations.contract.gate;

import static io.activations.contract.gate.Level.ERR;
import static io.activations.contract.gate.Level.INFO;
import static io.activations.contract.gate.Level.WARN;
import static io.activations.contract.gate.Side.DOCUMENT;
import static io.activations.contract.gate.Side.REQUEST;
import static io.activations.contract.gate.Side.RESPONSE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of every rule the gate applies. Ids follow oasdiff's names where one fits, so users
 * can map them; the README's rule list is rendered from here.
 */
public final class Rules {

  // Operations: existence, lifecycle, limits
  static final Rule ENDPOINT_ADDED = rule("endpoint-added", INFO, REQUEST, "an operation was added");
  static final Rule REMOVED_WITHOUT_DEPRECATION = rule("api-removed-without-deprecation", ERR, REQUEST,
      "an operation was removed that the base did not mark deprecated");
  static final Rule REMOVED_BEFORE_SUNSET = rule("api-removed-before-sunset", ERR, REQUEST,
      "a deprecated operation was removed before its x-sunset date, or without a valid x-sunset");
  static final Rule REMOVED_WITH_DEPRECATION = rule("api-removed-with-deprecation", WARN, REQUEST,
      "a deprecated operation was removed after its x-sunset date");
  static final Rule ENDPOINT_DEPRECATED = rule("endpoint-deprecated", INFO, REQUEST, "an operation was marked deprecated");
  static final Rule ENDPOINT_REACTIVATED = rule("endpoint-reactivated", INFO, REQUEST, "an operation is no longer deprecated");
  static final Rule RATE_LIMIT_LOWERED = rule("rate-limit-lowered", ERR, REQUEST,
      "x-rate-limit-per-minute was lowered: callers within the old limit get 429");
  static final Rule RATE_LIMIT_RAISED = rule("rate-limit-raised", INFO, REQUEST, "x-rate-limit-per-minute was raised");
  static final Rule RATE_LIMIT_CHANGED = rule("rate-limit-changed", WARN, REQUEST,
      "x-rate-limit-per-minute moved between a number and `default` (the unpublished account limit), or was added or removed:"
          + " it may have gone down");
  static final Rule SECURITY_ADDED = rule("api-security-added", ERR, REQUEST,
      "a security requirement callers could meet before is no longer enough (scheme or scope added)");
  static final Rule SECURITY_REMOVED = rule("api-security-removed", INFO, REQUEST,
      "a security requirement was relaxed or an alternative added");
  static final Rule SECURITY_SCHEME_CHANGED = rule("api-security-scheme-changed", ERR, REQUEST,
      "a security scheme the operation uses changed type, scheme or where the credential goes");

  // Parameters
  static final Rule NEW_REQUIRED_PARAMETER = rule("new-required-request-parameter", ERR, REQUEST, "a required parameter was added");
  static final Rule NEW_OPTIONAL_PARAMETER = rule("new-optional-request-parameter", INFO, REQUEST, "an optional parameter was added");
  static final Rule PARAMETER_REMOVED = rule("request-parameter-removed", WARN, REQUEST,
      "a parameter was removed: callers still send it");
  static final Rule PARAMETER_BECAME_REQUIRED = rule("request-parameter-became-required", ERR, REQUEST, "a parameter became required");
  static final Rule PARAMETER_BECAME_OPTIONAL = rule("request-parameter-became-optional", INFO, REQUEST, "a parameter became optional");
  static final Rule PARAMETER_LOCATION_CHANGED = rule("request-parameter-location-changed", ERR, REQUEST,
      "a parameter moved (for example from query to header)");

  // Request body
  static final Rule BODY_BECAME_REQUIRED = rule("request-body-became-required", ERR, REQUEST,
      "the request body became required (or a required body was added)");
  static final Rule BODY_BECAME_OPTIONAL = rule("request-body-became-optional", INFO, REQUEST, "the request body became optional");
  static final Rule BODY_REMOVED = rule("request-body-removed", WARN, REQUEST, "the request body was removed: callers still send one");
  static final Rule BODY_MEDIA_TYPE_REMOVED = rule("request-body-media-type-removed", ERR, REQUEST,
      "a request media type was removed");
  static final Rule BODY_MEDIA_TYPE_ADDED = rule("request-body-media-type-added", INFO, REQUEST, "a request media type was added");
  static final Rule NEW_REQUIRED_PROPERTY = rule("new-required-request-property", ERR, REQUEST, "a required request property was added");
  static final Rule NEW_OPTIONAL_PROPERTY = rule("new-optional-request-property", INFO, REQUEST, "an optional request property was added");
  static final Rule REQUEST_PROPERTY_REMOVED = rule("request-property-removed", WARN, REQUEST,
      "a request property was removed from a schema open to unknown properties");
  static final Rule REQUEST_PROPERTY_REMOVED_CLOSED = rule("request-property-removed-from-closed-schema", ERR, REQUEST,
      "a request property was removed from a schema with additionalProperties: false: callers sending it are rejected");
  static final Rule REQUEST_PROPERTY_BECAME_REQUIRED = rule("request-property-became-required", ERR, REQUEST,
      "a request property became required");
  static final Rule REQUEST_PROPERTY_BECAME_OPTIONAL = rule("request-property-became-optional", INFO, REQUEST,
      "a request property became optional");

  // Responses
  static final Rule SUCCESS_STATUS_REMOVED = rule("response-success-status-removed", ERR, RESPONSE, "a 2xx response was removed");
  static final Rule NON_SUCCESS_STATUS_REMOVED = rule("response-non-success-status-removed", INFO, RESPONSE,
      "a non-2xx response was removed");
  static final Rule SUCCESS_STATUS_ADDED = rule("response-success-status-added", INFO, RESPONSE, "a 2xx response was added");
  static final Rule NON_SUCCESS_STATUS_ADDED = rule("response-non-success-status-added", INFO, RESPONSE, "a non-2xx response was added");
  static final Rule RESPONSE_MEDIA_TYPE_REMOVED = rule("response-media-type-removed", ERR, RESPONSE,
      "a response media type was removed");
  static final Rule RESPONSE_MEDIA_TYPE_ADDED = rule("response-media-type-added", INFO, RESPONSE, "a response media type was added");
  static final Rule REQUIRED_HEADER_REMOVED = rule("required-response-header-removed", ERR, RESPONSE,
      "a required response header was removed");
  static final Rule OPTIONAL_HEADER_REMOVED = rule("optional-response-header-removed", WARN, RESPONSE,
      "an optional response header was removed");
  static final Rule HEADER_BECAME_OPTIONAL = rule("response-header-became-optional", ERR, RESPONSE,
      "a response header is no longer required");
  static final Rule RESPONSE_REQUIRED_PROPERTY_ADDED = rule("response-required-property-added", INFO, RESPONSE,
      "a required response property was added");
  static final Rule RESPONSE_OPTIONAL_PROPERTY_ADDED = rule("response-optional-property-added", INFO, RESPONSE,
      "an optional response property was added");
  static final Rule RESPONSE_REQUIRED_PROPERTY_REMOVED = rule("response-required-property-removed", ERR, RESPONSE,
      "a required response property was removed");
  static final Rule RESPONSE_OPTIONAL_PROPERTY_REMOVED = rule("response-optional-property-removed", WARN, RESPONSE,
      "an optional response property was removed: clients that read it get nothing");
  static final Rule RESPONSE_PROPERTY_BECAME_OPTIONAL = rule("response-property-became-optional", ERR, RESPONSE,
      "a response property is no longer required");
  static final Rule RESPONSE_PROPERTY_BECAME_REQUIRED = rule("response-property-became-required", INFO, RESPONSE,
      "a response property became required");

  // Versioning
  static final Rule VERSION_DECREASED = rule("api-version-decreased", ERR, DOCUMENT, "info.version went down");
  static final Rule MAJOR_NOT_BUMPED = rule("api-major-version-not-bumped", ERR, DOCUMENT,
      "a breaking change without a major info.version bump (minor while the major is 0)");
  static final Rule VERSION_NOT_BUMPED = rule("api-version-not-bumped", INFO, DOCUMENT, "the document changed but info.version did not");
  static final Rule VERSION_NOT_SEMANTIC = rule("api-version-not-semantic", WARN, DOCUMENT,
      "info.version is not MAJOR.MINOR.PATCH, so the bump cannot be judged");

  private static final List<Rule> FIXED = collectFixed();
  private static final Map<Place, Map<SchemaChange, Rule>> SCHEMA = schemaRules();
  private static final Map<String, Rule> BY_ID = index();

  private Rules() {}

  /** Every rule, ordered by side, then level, then id (stable whatever order reflection lists the fields in). */
  public static List<Rule> all() {
    return List.copyOf(BY_ID.values());
  }

  public static Optional<Rule> find(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /** The rule of a schema change where it is used, or empty when that change does not exist on that side. */
  static Optional<Rule> schema(Place place, SchemaChange change) {
    return Optional.ofNullable(SCHEMA.get(place).get(change));
  }

  private static Rule rule(String id, Level level, Side side, String summary) {
    return new Rule(id, level, side, summary);
  }

  private static List<Rule> collectFixed() {
    List<Rule> rules = new ArrayList<>();
    for (java.lang.reflect.Field field : Rules.class.getDeclaredFields()) {
      if (field.getType() == Rule.class) {
        try {
          rules.add((Rule) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return rules;
  }

  private static Map<Place, Map<SchemaChange, Rule>> schemaRules() {
    Map<Place, Map<SchemaChange, Rule>> rules = new EnumMap<>(Place.class);
    for (Place place : Place.values()) {
      Map<SchemaChange, Rule> byChange = new EnumMap<>(SchemaChange.class);
      for (SchemaChange change : SchemaChange.values()) {
        Level level = change.level(place.side);
        if (level != null) {
          byChange.put(change, new Rule(place.prefix + "-" + change.suffix, level, place.side,
              place.description + ": " + change.summary));
        }
      }
      rules.put(place, Collections.unmodifiableMap(byChange));
    }
    return Collections.unmodifiableMap(rules);
  }

  private static Map<String, Rule> index() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    List<Rule> every = new ArrayList<>(FIXED);
    SCHEMA.values().forEach(m -> every.addAll(m.values()));
    every.sort(java.util.Comparator.comparing(Rule::side).thenComparing(Rule::level).thenComparing(Rule::id));
    for (Rule rule : every) {
      if (byId.put(rule.id(), rule) != null) {
        throw new IllegalStateException("two rules share the id " + rule.id());
      }
    }
    return Collections.unmodifiableMap(byId);
  }
}
