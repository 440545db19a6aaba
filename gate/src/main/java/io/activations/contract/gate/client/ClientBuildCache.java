package io.activations.contract.gate.client;

import io.activations.contract.generator.ClientGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps the compiled client of each document under {@code workDir/<key>}, the key being a hash of
 * the document's bytes and of the generator build (its jar or class folder), so a gate run on a pull
 * request builds the base's client once and later runs only the revision's. Generation is
 * reproducible (no time stamps), which is what makes reuse safe.
 */
final class ClientBuildCache {

  private static final String RESULT_FILE = "result.txt";

  private final Path workDir;
  private final String generatorFingerprint;

  ClientBuildCache(Path workDir) {
    this.workDir = workDir;
    this.generatorFingerprint = generatorFingerprint();
  }

  /** The folder of this document's build; {@link #stored} tells whether it holds a finished one. */
  Path folderFor(Path document) {
    try {
      byte[] text = Files.readAllBytes(document);
      byte[] generator = generatorFingerprint.getBytes(StandardCharsets.UTF_8);
      byte[] both = java.util.Arrays.copyOf(text, text.length + generator.length);
      System.arraycopy(generator, 0, both, text.length, generator.length);
      return workDir.resolve(digest(both));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + document, e);
    }
  }

  /** A short hex SHA-256 of {@code bytes}: a name for a folder or file. */
  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The finished build in {@code folder}, if an earlier run left one. */
  java.util.Optional<CompiledClient> stored(Path folder) {
    Path result = folder.resolve(RESULT_FILE);
    if (!Files.isRegularFile(result)) {
      return java.util.Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
      int sources = Integer.parseInt(lines.get(0).strip());
      return java.util.Optional.of(new CompiledClient(folder.resolve("build").resolve("client.jar"), lines.subList(1, lines.size()), sources));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** Records a finished build, written last so that an interrupted build is never reused. */
  void store(Path folder, CompiledClient client) {
    List<String> lines = new ArrayList<>();
    lines.add(Integer.toString(client.sourceFiles()));
    client.errors().forEach(error -> lines.add(error.replaceAll("\\R", " ")));
    try {
      Files.write(folder.resolve(RESULT_FILE), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(RESULT_FILE), e);
    }
  }

  /** Deletes the builds of documents other than {@code kept}: the cache holds the last run's only. */
  void keepOnly(Set<Path> kept) {
    deleteAllBut(workDir, kept);
  }

  /** Deletes every entry of {@code dir} (files and folders) but {@code kept}; a leftover costs disk space only. */
  static void deleteAllBut(Path dir, Set<Path> kept) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : entries.filter(p -> !kept.contains(p)).toList()) {
        JavaSourceCompiler.deleteTree(entry);
      }
    } catch (IOException e) {
      // an old build left behind costs disk space only
    }
  }

  /** Size and time of the generator's jar, or the newest file of its class folder (settings and templates included). */
  private static String generatorFingerprint() {
    try {
      Path location = Path.of(ClientGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
      }
      try (Stream<Path> files = Files.walk(location)) {
        long newest = files.filter(Files::isRegularFile).mapToLong(ClientBuildCache::modified).max().orElse(0);
        return location + ":" + newest;
      }
    } catch (Exception e) {
      // no way to tell the generator build apart: never reuse a build across runs
      return "unknown:" + System.nanoTime();
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }
}
