package io.activations.contract.suite.internal.check;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Markdown table of every finding key with its level and provenance, as the READMEs show it.
 * The READMEs hold a copy between {@link #BEGIN} and {@link #END}; a test fails when the copy
 * differs from what this class renders, and rewrites it when asked to.
 */
final class FindingKeyTable {

  public static final String BEGIN = "<!-- finding-keys:begin (generated from FindingKey; do not edit) -->";
  public static final String END = "<!-- finding-keys:end -->";

  private FindingKeyTable() {}

  /** The table, a blank line, and the counts per provenance. */
  public static String markdown() {
    StringBuilder text = new StringBuilder("| key | level | provenance | when |\n|---|---|---|---|\n");
    for (FindingKey key : FindingKey.values()) {
      text.append("| `").append(key.key()).append("` | ").append(key.level().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(key.provenance().label()).append(" | ").append(key.meaning().replace("|", "\\|")).append(" |\n");
    }
    text.append('\n').append(counts()).append('\n');
    return text.toString();
  }

  /** {@code N keys: N documented by the vendor, N house rules}. */
  public static String counts() {
    long house = Arrays.stream(FindingKey.values()).filter(k -> k.provenance() == Provenance.HOUSE_RULE).count();
    int all = FindingKey.values().length;
    return all + " keys: " + (all - house) + " documented by the vendor (or the reference page), " + house + " house rules.";
  }

  /** {@code document} with the text between the markers replaced by the current table. */
  public static String replaceIn(String document) {
    int begin = document.indexOf(BEGIN);
    int end = document.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the document has no " + BEGIN + " ... " + END + " section");
    }
    return document.substring(0, begin + BEGIN.length()) + "\n" + markdown() + document.substring(end);
  }
}
