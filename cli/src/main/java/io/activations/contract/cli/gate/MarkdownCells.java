package io.activations.contract.cli.gate;

/** Text made safe for one cell of a Markdown table (GitHub flavour). */
public final class MarkdownCells {

  private MarkdownCells() {}

  /** Pipes escaped, line breaks flattened, so the text stays in its cell. */
  public static String cell(String text) {
    return text == null ? "" : text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** As code: back-ticks inside are replaced so the span cannot end early. */
  public static String code(String text) {
    return text == null || text.isEmpty() ? "" : "`" + cell(text).replace('`', '\'') + "`";
  }
}
