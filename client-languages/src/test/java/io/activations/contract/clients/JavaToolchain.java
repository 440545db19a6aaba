package io.activations.contract.clients;

import static org.assertj.core.api.Assertions.fail;

import io.activations.contract.generator.GeneratedClient;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac of this JDK, in this JVM; the program runs in a JVM of its own with this module's test
 * class path, which holds what the generated client needs at run time (Jackson,
 * jackson-databind-nullable, jakarta.annotation).
 */
final class JavaToolchain implements Toolchain {

  @Override
  public List<String> build(GeneratedClient client, Path program) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      fail("no Java compiler in %s: run the build on a JDK, not a JRE", System.getProperty("java.home"));
    }
    List<Path> sources = new ArrayList<>(javaFiles(client.sourceRoot()));
    sources.addAll(javaFiles(program));
    Path classes = Files.createDirectories(program.resolve("classes"));
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
          "--release", "17", "-encoding", "UTF-8", "-proc:none", "-nowarn");
      boolean compiled = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      if (!compiled) {
        fail("javac refused the generated Java client or its program:%n%s", diagnostics);
      }
    }
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
        "-cp", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), "ClientProgram");
  }

  private static List<Path> javaFiles(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }
}
