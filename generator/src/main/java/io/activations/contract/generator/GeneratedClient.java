package io.activations.contract.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ClientGenerator#generate} wrote.
 *
 * @param language the client's language
 * @param directory the output folder, absolute
 * @param files every file the generator wrote, absolute and sorted
 */
public record GeneratedClient(Language language, Path directory, List<Path> files) {

  public GeneratedClient {
    files = List.copyOf(files);
  }

  /** The root of the sources: {@code src/main/java} for Java, the output folder itself for TypeScript and Go. */
  public Path sourceRoot() {
    return language.sourceRoot(directory);
  }
}
