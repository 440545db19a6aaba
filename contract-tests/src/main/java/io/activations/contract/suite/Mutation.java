package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.suite.internal.check.Provenance;
import java.util.Set;

/**
 * One way to break a valid value, one fault at a time.
 *
 * @param location the field it breaks ({@code personalization.profile}), or the parameter name
 * @param keyword the JSON Schema keyword the broken value violates ({@code required}, {@code type}, ...)
 * @param description what was done, for the case name
 * @param value the broken body (for a body mutation) or the broken parameter value
 * @param liveApiDiffers the spec marks this rule {@code x-live-api-differs}: the reference page states
 *     it, but newer versions of the live API dropped it, so a real server may accept the mutant
 */
record Mutation(String location, String keyword, String description, JsonNode value, boolean liveApiDiffers) {

  Mutation(String location, String keyword, String description, JsonNode value) {
    this(location, keyword, description, value, false);
  }

  /**
   * Body constraints the vendor's SDKs or reference page state: required fields, types, the
   * documented values of an enum, and "Maximum 5 items". Lengths, minimum item counts, closed
   * objects and numeric ranges are this project's inventions.
   */
  private static final Set<String> VENDOR_BODY_KEYWORDS = Set.of("required", "type", "enum", "maxItems");

  /** The reference page writes {@code string [ 1 .. 255 ]} for every path parameter, and no enum. */
  private static final Set<String> VENDOR_PATH_KEYWORDS = Set.of("type", "minLength", "maxLength");

  /** Query parameters: only the type is the vendor's (it declares no bounds on slug, actionId or the cursor). */
  private static final Set<String> VENDOR_QUERY_KEYWORDS = Set.of("type");

  /** Where the rule this mutant breaks comes from; {@code in} is {@code body}, {@code path} or {@code query}. */
  Provenance provenance(String in) {
    Set<String> vendor = switch (in) {
      case "body" -> VENDOR_BODY_KEYWORDS;
      case "path" -> VENDOR_PATH_KEYWORDS;
      default -> VENDOR_QUERY_KEYWORDS;
    };
    return vendor.contains(keyword) && !liveApiDiffers ? Provenance.VENDOR_DOCUMENTED : Provenance.HOUSE_RULE;
  }
}
