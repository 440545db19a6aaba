package io.activations.contract.gate;

import java.util.Locale;

/** {@code METHOD /path} with path parameter names blanked, so a renamed parameter leaves the operation the same. */
final class OperationKey {

  private OperationKey() {}

  static String of(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }

  /** {@code get /a/{id}} and {@code GET /a/{key}} both become {@code GET /a/{}}. */
  static String normalize(String operation) {
    String trimmed = operation.strip();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      return trimmed;
    }
    String method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
    return method + " " + shape(trimmed.substring(space + 1).strip());
  }

  static String shape(String path) {
    return path.replaceAll("\\{[^}/]*}", "{}");
  }
}
