package io.activations.contract.gate.client;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The jars the generated client compiles against (Jackson, jackson-databind-nullable,
 * jakarta.annotation), found where this JVM loaded them from. The gate module declares the same
 * dependencies as generated-client, so whatever runs the gate (the CLI jar with its lib folder, a
 * test's class path) has them; a class of each jar names it, which keeps working however the class
 * path was assembled (a manifest's Class-Path is not in {@code java.class.path}).
 */
final class ClientRuntimeClasspath {

  /** One class from each jar the generated sources import. */
  private static final List<String> MARKER_CLASSES = List.of(
      "com.fasterxml.jackson.core.JsonFactory",
      "com.fasterxml.jackson.annotation.JsonProperty",
      "com.fasterxml.jackson.databind.ObjectMapper",
      "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
      "org.openapitools.jackson.nullable.JsonNullable",
      "jakarta.annotation.Nonnull");

  private ClientRuntimeClasspath() {
  }

  /** The jar (or class folder) of each marker class, in a stable order. */
  static List<Path> entries() {
    Set<Path> entries = new LinkedHashSet<>();
    for (String name : MARKER_CLASSES) {
      entries.add(locationOf(name));
    }
    return List.copyOf(entries);
  }

  private static Path locationOf(String className) {
    try {
      Class<?> type = Class.forName(className, false, ClientRuntimeClasspath.class.getClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        throw new IllegalStateException("cannot tell which jar holds " + className);
      }
      return Path.of(source.getLocation().toURI());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the generated client needs " + className + " on the class path", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read the location of " + className, e);
    }
  }
}
