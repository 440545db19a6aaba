package io.activations.contract.suite.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.suite.check.Provenance;
import java.util.Set;

/**
 * One way to break a valid value, one fault at a time.
 *
 * @param location the field it breaks ({@code personalization.profile}), or the parameter name
 * @param keyword the JSON Schema keyword the broken value violates ({@code required}, {@code type}, ...)
 * @param description what was done, for the case name
 * @param value the broken body (for a body mutation) or the broken parameter value
 */
record Mutation(String location, String keyword, String description, JsonNode value) {

  /**
   * Body constraints the vendor's SDKs or reference page state: required fields, types, the
   * documented values of an enum, and "Maximum 5 items". Lengths, minimum item counts, closed
   * objects and numeric ranges are this project's inventions.
   */
  private static final Set<String> VENDOR_BODY_KEYWORDS = Set.of("required", "type", "enum", "maxItems");

  /** For parameters only the type is the vendor's: it writes no bounds and no enums on path or query values. */
  private static final Set<String> VENDOR_PARAMETER_KEYWORDS = Set.of("type");

  /** Where the rule this mutant breaks comes from, for a body mutant or a parameter mutant. */
  Provenance provenance(boolean inBody) {
    return (inBody ? VENDOR_BODY_KEYWORDS : VENDOR_PARAMETER_KEYWORDS).contains(keyword)
        ? Provenance.VENDOR_DOCUMENTED : Provenance.HOUSE_RULE;
  }
}
