package io.activations.contract.gate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared reference material ({@code ../shared} beside the checkout in CI, or
 * beside any ancestor of the working directory). The vendor documents are 1.2 MB each, too large
 * to copy into the repository, so tests that need them read them there and fail, never skip,
 * when they are missing: a silently skipped history replay would prove nothing.
 */
final class SharedReference {

  private SharedReference() {}

  static Path vendorHistory() {
    Path relative = Path.of("shared", "reference", "vendor-history");
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("shared/reference/vendor-history not found beside " + Path.of("").toAbsolutePath()
        + " or any parent: CI must provide ../shared next to the checkout");
  }
}
