package io.activations.contract.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A language's settings file and template overrides, copied from the classpath (this module's
 * folder or its jar inside the command line) to a temporary folder, because OpenAPI Generator
 * reads both from the file system. Closing removes the copy.
 */
final class PackagedSettings implements AutoCloseable {

  static final String ROOT = "/openapi-generator";

  private final Path directory;
  private final Path configurationFile;
  private final Path templateDirectory;

  private PackagedSettings(Path directory, Path configurationFile, Path templateDirectory) {
    this.directory = directory;
    this.configurationFile = configurationFile;
    this.templateDirectory = templateDirectory;
  }

  static PackagedSettings extract(Language language) throws IOException {
    Path directory = Files.createTempDirectory("activations-generator-");
    try {
      Path configuration = directory.resolve(language.id() + "-client.yaml");
      try (InputStream in = PackagedSettings.class.getResourceAsStream(language.settingsResource())) {
        if (in == null) {
          throw new IOException(language.settingsResource() + " is not on the classpath");
        }
        Files.copy(in, configuration);
      }
      Path templates = directory.resolve("templates");
      boolean hasTemplates = copyTree(language.templatesResource(), templates);
      return new PackagedSettings(directory, configuration, hasTemplates ? templates : null);
    } catch (IOException | RuntimeException e) {
      deleteTree(directory);
      throw e;
    }
  }

  Path configurationFile() {
    return configurationFile;
  }

  /** The overrides, when the language has any. */
  Optional<Path> templateDirectory() {
    return Optional.ofNullable(templateDirectory);
  }

  @Override
  public void close() {
    deleteTree(directory);
  }

  /** Copies a classpath folder to {@code target}; false when there is no such folder. */
  private static boolean copyTree(String resource, Path target) throws IOException {
    URL url = PackagedSettings.class.getResource(resource);
    if (url == null) {
      return false;
    }
    URI uri = toUri(url);
    if ("jar".equals(uri.getScheme())) {
      String location = uri.getSchemeSpecificPart();
      int separator = location.indexOf("!/");
      // a fresh, unregistered file system: closing it never closes one someone else opened
      try (FileSystem jar = FileSystems.newFileSystem(Path.of(URI.create(location.substring(0, separator))),
          (ClassLoader) null)) {
        copyTree(jar.getPath(location.substring(separator + 1)), target);
      }
    } else {
      copyTree(Path.of(uri), target);
    }
    return true;
  }

  private static void copyTree(Path source, Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
    }
    for (Path file : files) {
      Path copy = target.resolve(source.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static URI toUri(URL url) {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("classpath resource with an invalid URI: " + url, e);
    }
  }

  private static void deleteTree(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is not worth failing a generation for
    }
  }
}
