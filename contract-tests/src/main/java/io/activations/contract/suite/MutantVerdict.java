package io.activations.contract.suite;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the validator rejected a broken copy for the reason it was broken: one of its errors
 * must name the broken keyword, and for a body or header mutant also the broken place. A validator
 * that reports {@code required} for a type error, or any error at all, does not pass.
 */
final class MutantVerdict {

  /** The key fragment that names a mutant's kind when it is not a JSON Schema keyword of the body. */
  private static final Map<String, String> NON_SCHEMA_KEYS = Map.of(
      "contentType", ".contentType.",
      "status", ".status.",
      "body", ".body.missing");

  private MutantVerdict() {}

  /**
   * @param keyword what the mutant broke: a JSON Schema keyword, {@code header}, {@code contentType},
   *     {@code status} or {@code body}
   * @param location the field path or header name it broke; empty when the mutant has no place
   */
  static boolean rejectedFor(Report report, String keyword, String location) {
    return report.errors().stream().anyMatch(error -> names(error, keyword, location));
  }

  private static boolean names(Finding error, String keyword, String location) {
    String key = error.key();
    if (NON_SCHEMA_KEYS.containsKey(keyword)) {
      return key.contains(NON_SCHEMA_KEYS.get(keyword));
    }
    if ("header".equals(keyword)) {
      return key.contains(".header") && error.location().toLowerCase(Locale.ROOT).equals(location.toLowerCase(Locale.ROOT));
    }
    return key.endsWith("." + keyword) && samePlace(error.location(), location);
  }

  /** Where a mutant of the whole body is located; the validator names that place with an empty path. */
  private static final String ROOT = "body";

  /** The error's place is the mutated field, or inside it (a type error deep in a replaced object). */
  private static boolean samePlace(String reported, String mutated) {
    if (ROOT.equals(mutated)) {
      return reported.isEmpty() || reported.equals(ROOT);
    }
    return reported.equals(mutated) || reported.startsWith(mutated + ".") || reported.startsWith(mutated + "[");
  }
}
