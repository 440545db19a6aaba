package io.activations.contract.gate;

/** Turns a result into text for one audience; implementations are stateless. */
public interface DiffRenderer {

  String render(DiffResult result);

  /** {@code text}, {@code json} or {@code markdown}. */
  static DiffRenderer forFormat(String format) {
    return switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> new TextDiffRenderer();
      case "json" -> new JsonDiffRenderer();
      case "markdown" -> new MarkdownDiffRenderer();
      default -> throw new IllegalArgumentException("expected text, json or markdown, got '" + format + "'");
    };
  }
}
