package io.activations.contract.generator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages a client is generated for. Each has one settings file
 * {@code openapi-generator/<name>-client.yaml} and, if it needs them, template overrides under
 * {@code openapi-generator/templates/<name>}.
 */
public enum Language {
  JAVA("src/main/java"),
  TYPESCRIPT(""),
  GO("");

  private final String sourceRoot;

  Language(String sourceRoot) {
    this.sourceRoot = sourceRoot;
  }

  /** The lower-case name the command line and the file names use: {@code java}, {@code typescript}, {@code go}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of {@code id} in any case, if it is one. */
  public static Optional<Language> fromId(String id) {
    return Arrays.stream(values()).filter(language -> language.id().equalsIgnoreCase(id)).findFirst();
  }

  /** {@code java|typescript|go}: for usage lines and error messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Language::id).collect(Collectors.joining("|"));
  }

  /** The classpath resource of this language's generator settings. */
  public String settingsResource() {
    return PackagedSettings.ROOT + "/" + id() + "-client.yaml";
  }

  /** The classpath folder of this language's template overrides (may not exist). */
  public String templatesResource() {
    return PackagedSettings.ROOT + "/templates/" + id();
  }

  /** Where the sources are in a generated client, relative to its output folder. */
  Path sourceRoot(Path outputDirectory) {
    return sourceRoot.isEmpty() ? outputDirectory : outputDirectory.resolve(sourceRoot);
  }
}
