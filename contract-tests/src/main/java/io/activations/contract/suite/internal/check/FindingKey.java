package io.activations.contract.suite.internal.check;

import static io.activations.contract.report.Level.ERROR;
import static io.activations.contract.report.Level.INFO;
import static io.activations.contract.report.Level.WARNING;
import static io.activations.contract.suite.internal.check.Provenance.HOUSE_RULE;
import static io.activations.contract.suite.internal.check.Provenance.VENDOR_DOCUMENTED;

import io.activations.contract.report.Level;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Every finding key the suite reports, with its level, where the rule comes from and what it means.
 * Code emits findings only through these constants, and the READMEs' key tables are generated from
 * them, so the list cannot drift from what the suite does. A key ending in {@code .*} is a family:
 * the suffix is a JSON Schema keyword or a header check ({@code response.body.required}).
 */
public enum FindingKey {

  // what the spec module's validator reports on a response
  RESPONSE_STATUS_UNDECLARED("response.status.undeclared", ERROR, VENDOR_DOCUMENTED,
      "a status the operation does not declare"),
  RESPONSE_CONTENT_TYPE_MISSING("response.contentType.missing", ERROR, VENDOR_DOCUMENTED,
      "a response with a body but no Content-Type"),
  RESPONSE_CONTENT_TYPE_UNDECLARED("response.contentType.undeclared", ERROR, VENDOR_DOCUMENTED,
      "a Content-Type the status does not declare"),
  RESPONSE_BODY_UNDECLARED_FIELD("response.body.undeclaredField", WARNING, VENDOR_DOCUMENTED,
      "a field the response schema does not declare"),
  RESPONSE_BODY("response.body.*", ERROR, VENDOR_DOCUMENTED,
      "the body breaks its declared schema at that keyword (required, type, enum, malformed, ...)"),
  RESPONSE_HEADER("response.header.*", ERROR, VENDOR_DOCUMENTED,
      "a declared response header is missing or breaks its schema"),
  RESPONSE_SERVER_ERROR("response.status.serverError", ERROR, VENDOR_DOCUMENTED,
      "a 5xx"),

  // the error envelope
  ENVELOPE_MISSING("envelope.missing", ERROR, VENDOR_DOCUMENTED,
      "a 4xx or 5xx without {\"errors\": [{\"type\": ...}]}"),
  ENVELOPE_FIELD_UNNAMED("envelope.field.unnamed", WARNING, HOUSE_RULE,
      "a 422 none of whose errors names the broken field"),

  // what a case expects
  CASE_STATUS_UNEXPECTED("case.status.unexpected", ERROR, VENDOR_DOCUMENTED,
      "not the status the case expects, where the vendor documents that status"),
  CASE_STATUS_UNEXPECTED_HOUSE("case.status.houseRule", ERROR, HOUSE_RULE,
      "not the status a house-rule case expects (400, 413 at 1 MiB, 415, invented bounds, a tampered cursor, "
          + "404 for another workspace, ...)"),
  CASE_INVALID_REQUEST_ACCEPTED("case.invalidRequest.accepted", ERROR, VENDOR_DOCUMENTED,
      "a request that breaks a vendor-documented constraint got a 2xx"),
  CASE_INVALID_REQUEST_ACCEPTED_HOUSE("case.invalidRequest.houseRule", ERROR, HOUSE_RULE,
      "a request that breaks only a house rule (an invented bound, an unknown field) got a 2xx"),
  CASE_REQUEST_INVALID("case.request.invalid", ERROR, HOUSE_RULE,
      "the suite's own valid request breaks the spec (wrong fixtures or examples)"),
  CASE_PREREQUISITE_FAILED("case.prerequisite.failed", ERROR, VENDOR_DOCUMENTED,
      "the case could not set up what it builds on"),
  CASE_ERROR("case.error", ERROR, VENDOR_DOCUMENTED,
      "the case itself failed (a defect of the suite)"),
  TRANSPORT_FAILED("transport.failed", ERROR, VENDOR_DOCUMENTED,
      "no answer at all (connection refused, reset, timeout)"),
  CLEANUP_LEFTOVER("cleanup.leftover", ERROR, VENDOR_DOCUMENTED,
      "something the suite created could not be removed"),
  AUTH_NOT_ENFORCED("auth.notEnforced", ERROR, VENDOR_DOCUMENTED,
      "a request without a valid bearer token got a 2xx"),
  ISOLATION_FOREIGN_VISIBLE("isolation.foreignResourceVisible", ERROR, VENDOR_DOCUMENTED,
      "another workspace's resource got a 2xx"),
  CONFLICT_NOT_ENFORCED("conflict.notEnforced", ERROR, VENDOR_DOCUMENTED,
      "a connection that still has activations was removed (the reference page promises 409)"),
  CONFLICT_ACTIVATION_LOST("conflict.activation.lost", ERROR, VENDOR_DOCUMENTED,
      "the activation of a connection whose removal was refused is gone"),

  // the rate-limit contract
  RATELIMIT_NOT_ENFORCED("ratelimit.notEnforced", ERROR, VENDOR_DOCUMENTED,
      "a request past the budget got no 429"),
  RATELIMIT_HEADER_MISSING("ratelimit.header.missing", ERROR, VENDOR_DOCUMENTED,
      "a successful answer or a 429 without an X-RateLimit-* header"),
  RATELIMIT_HEADER_MALFORMED("ratelimit.header.malformed", ERROR, VENDOR_DOCUMENTED,
      "X-RateLimit-Consumed or -Remaining is not a non-negative integer"),
  RATELIMIT_RESET_MALFORMED("ratelimit.reset.malformed", ERROR, VENDOR_DOCUMENTED,
      "X-RateLimit-Reset is not an RFC 5322 date"),
  RATELIMIT_RESET_OUT_OF_WINDOW("ratelimit.reset.outOfWindow", ERROR, HOUSE_RULE,
      "X-RateLimit-Reset is not within the minute after the target's now"),
  RATELIMIT_BUDGET_MISMATCH("ratelimit.budget.mismatch", ERROR, HOUSE_RULE,
      "Consumed + Remaining differs from x-rate-limit-per-minute on a successful answer"),
  RATELIMIT_BUDGET_INCONSISTENT("ratelimit.budget.inconsistent", ERROR, HOUSE_RULE,
      "for a default limit, Consumed + Remaining changed between answers"),
  RATELIMIT_REMAINING_NOT_DECREASING("ratelimit.remaining.notDecreasing", ERROR, HOUSE_RULE,
      "Remaining did not fall within one window of a token and operation"),
  RATELIMIT_RETRY_AFTER_MISSING("ratelimit.retryAfter.missing", ERROR, HOUSE_RULE,
      "a 429 without Retry-After (the vendor sends it only sometimes; the reset is the fallback)"),
  RATELIMIT_RETRY_AFTER_MALFORMED("ratelimit.retryAfter.malformed", ERROR, VENDOR_DOCUMENTED,
      "Retry-After is not whole seconds"),
  RATELIMIT_RETRY_AFTER_OUT_OF_WINDOW("ratelimit.retryAfter.outOfWindow", ERROR, HOUSE_RULE,
      "Retry-After is longer than the one-minute window"),
  RATELIMIT_RETRY_AFTER_TOO_SHORT("ratelimit.retryAfter.tooShort", ERROR, VENDOR_DOCUMENTED,
      "still 429 after waiting what Retry-After (or the reset) said"),
  RATELIMIT_TOO_MANY_REMAINING("ratelimit.tooMany.remaining", ERROR, HOUSE_RULE,
      "a 429 whose X-RateLimit-Remaining is not 0"),
  RATELIMIT_TOO_MANY_DATA("ratelimit.tooMany.data", ERROR, HOUSE_RULE,
      "a 429 whose errors[0].data disagrees with its headers"),
  RATELIMIT_TOO_MANY_EARLY("ratelimit.tooMany.early", ERROR, HOUSE_RULE,
      "a 429 before the remaining budget was used"),

  // the pagination walk
  PAGINATION_ITEM_REPEATED("pagination.item.repeated", ERROR, VENDOR_DOCUMENTED,
      "an item on more than one page"),
  PAGINATION_ITEM_MISSING("pagination.item.missing", ERROR, VENDOR_DOCUMENTED,
      "an item of the list on no page"),
  PAGINATION_ITEM_UNEXPECTED("pagination.item.unexpected", ERROR, VENDOR_DOCUMENTED,
      "an item on a page but not in the full list"),
  PAGINATION_PAGE_OVERSIZED("pagination.page.oversized", ERROR, VENDOR_DOCUMENTED,
      "a page larger than pagination.count"),
  PAGINATION_PAGE_EMPTY("pagination.page.empty", ERROR, HOUSE_RULE,
      "an empty page that names a next one"),
  PAGINATION_PREVIOUS_ON_FIRST_PAGE("pagination.previous.onFirstPage", ERROR, HOUSE_RULE,
      "the first page names a previous page"),
  PAGINATION_TOTAL_ENTRIES_MISMATCH("pagination.totalEntries.mismatch", ERROR, HOUSE_RULE,
      "totalEntries differs from the number of items walked"),
  PAGINATION_WALK_UNBOUNDED("pagination.walk.unbounded", ERROR, VENDOR_DOCUMENTED,
      "the walk names more pages than there are items"),

  // the stateful scenarios
  LIFECYCLE_CREATED_MISMATCH("lifecycle.created.mismatch", ERROR, VENDOR_DOCUMENTED,
      "the created resource differs from what was sent"),
  LIFECYCLE_READ_MISMATCH("lifecycle.read.mismatch", ERROR, VENDOR_DOCUMENTED,
      "a read differs from what was created"),
  LIFECYCLE_UPDATE_NOT_APPLIED("lifecycle.update.notApplied", ERROR, VENDOR_DOCUMENTED,
      "the update's answer does not show the change"),
  LIFECYCLE_UPDATE_NOT_VISIBLE("lifecycle.update.notVisible", ERROR, VENDOR_DOCUMENTED,
      "a read after the update does not show it"),
  LIFECYCLE_REMOVED_STILL_VISIBLE("lifecycle.removed.stillVisible", ERROR, VENDOR_DOCUMENTED,
      "a removed resource can still be read"),
  LIFECYCLE_LIST_MISSING("lifecycle.list.missing", ERROR, VENDOR_DOCUMENTED,
      "a created resource is not in its list"),
  LIFECYCLE_REMOVED_STILL_LISTED("lifecycle.removed.stillListed", ERROR, VENDOR_DOCUMENTED,
      "a removed resource is still in its list"),
  UPDATE_EMPTY_VALUE_CHANGED("update.emptyValue.changed", ERROR, HOUSE_RULE,
      "idSyncConfiguration [] or connectionSettings {} changed the connection"),
  UPDATE_EMPTY_NAME_APPLIED("update.emptyName.applied", ERROR, HOUSE_RULE,
      "an empty activationName was applied instead of ignored"),
  UPDATE_DISPLAY_NAME_NOT_SET("update.displayName.notSet", ERROR, HOUSE_RULE,
      "a displayName update was not applied (the vendor supports it for warehouse destinations only)"),
  UPDATE_DISPLAY_NAME_NOT_CLEARED("update.displayName.notCleared", ERROR, HOUSE_RULE,
      "displayName null did not clear it"),
  UPDATE_SETTINGS_NOT_MERGED("update.settings.notMerged", ERROR, HOUSE_RULE,
      "destinationMapping.settings were replaced instead of merged key by key"),
  UPDATE_ACTION_ID_CHANGED("update.actionId.changed", ERROR, VENDOR_DOCUMENTED,
      "a different actionId on update changed the action (the vendor says it has no effect)"),

  // the validator's own health
  SELFCHECK_EXAMPLE_INVALID("selfcheck.example.invalid", ERROR, VENDOR_DOCUMENTED,
      "an example of the spec fails the validator"),
  SELFCHECK_VALIDATOR("selfcheck.validator.*", ERROR, VENDOR_DOCUMENTED,
      "a copy of an example broken at that keyword passed the validator"),
  SELFCHECK_COVERAGE("selfcheck.coverage", INFO, VENDOR_DOCUMENTED,
      "how many broken copies the validator rejected, per keyword");

  private static final String FAMILY = ".*";

  private final String key;
  private final Level level;
  private final Provenance provenance;
  private final String meaning;

  FindingKey(String key, Level level, Provenance provenance, String meaning) {
    this.key = key;
    this.level = level;
    this.provenance = provenance;
    this.meaning = meaning;
  }

  /** The dotted key, or for a family its prefix followed by {@code .*}. */
  public String key() {
    return key;
  }

  public Level level() {
    return level;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** One line: when the finding is reported. */
  public String meaning() {
    return meaning;
  }

  public boolean isFamily() {
    return key.endsWith(FAMILY);
  }

  /** The key as reported: the key itself, or for a family the prefix followed by {@code suffix}. */
  public String reported(String suffix) {
    if (!isFamily()) {
      return key;
    }
    Objects.requireNonNull(suffix, "suffix");
    return key.substring(0, key.length() - 1) + suffix;
  }

  /** The key as reported, for a key that is not a family. */
  public String reported() {
    if (isFamily()) {
      throw new IllegalStateException(key + " is a family: name the suffix");
    }
    return key;
  }

  /** Whether a reported key is this one or a member of this family. */
  public boolean matches(String reportedKey) {
    if (!isFamily()) {
      return key.equals(reportedKey);
    }
    String prefix = key.substring(0, key.length() - 1);
    return reportedKey.startsWith(prefix) && reportedKey.length() > prefix.length() && reportedKey.indexOf('.', prefix.length()) < 0;
  }

  /** The registered key a reported one belongs to: an exact key first, then a family. */
  public static Optional<FindingKey> of(String reportedKey) {
    return Arrays.stream(values()).filter(k -> !k.isFamily() && k.matches(reportedKey)).findFirst()
        .or(() -> Arrays.stream(values()).filter(k -> k.isFamily() && k.matches(reportedKey)).findFirst());
  }

  /** The provenance of a reported key; an unregistered key counts as the vendor's, so it is never softened. */
  public static Provenance provenanceOf(String reportedKey) {
    return of(reportedKey).map(FindingKey::provenance).orElse(VENDOR_DOCUMENTED);
  }
}
