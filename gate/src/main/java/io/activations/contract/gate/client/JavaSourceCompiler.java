package io.activations.contract.gate.client;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a tree of Java sources in this JVM (javax.tools) and packs the classes into a jar, the
 * form japicmp reads. Compile errors are returned, not thrown: a document whose client does not
 * compile is a finding of the gate, not a misuse of it.
 */
public final class JavaSourceCompiler {

  private static final int MAX_ERRORS_KEPT = 20;

  private final List<Path> classpath;

  /** Compiles against the given jars or class folders (and the JDK). */
  public JavaSourceCompiler(List<Path> classpath) {
    this.classpath = List.copyOf(classpath);
  }

  /** Compiles against the generated client's run-time dependencies. */
  public static JavaSourceCompiler forGeneratedClient() {
    return new JavaSourceCompiler(ClientRuntimeClasspath.entries());
  }

  /**
   * Compiles every {@code .java} file under {@code sourceRoot} into {@code workDir/classes} and
   * packs them into {@code workDir/client.jar}.
   *
   * @throws IllegalStateException when this JVM has no Java compiler (a JRE rather than a JDK)
   */
  public CompiledClient compile(Path sourceRoot, Path workDir) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no Java compiler in this JVM (" + System.getProperty("java.home")
          + "): the client check needs a JDK, not a JRE");
    }
    try {
      List<Path> sources = javaFiles(sourceRoot);
      Path classes = emptyDirectory(workDir.resolve("classes"));
      Path jar = workDir.resolve("client.jar");
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = List.of(
            "-d", classes.toString(),
            "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
            "--release", "17",
            "-encoding", "UTF-8",
            // no annotation processors, no warnings: the output is only read for its API
            "-proc:none", "-nowarn", "-Xlint:none", "-g:none");
        Boolean ok = compiler.getTask(Writer.nullWriter(), files, diagnostics, options, null,
            files.getJavaFileObjectsFromPaths(sources)).call();
        List<String> errors = errors(diagnostics);
        if (!Boolean.TRUE.equals(ok) && errors.isEmpty()) {
          errors = List.of("the compiler failed without saying why");
        }
        if (errors.isEmpty()) {
          packJar(classes, jar);
        }
        return new CompiledClient(jar, errors, sources.size());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compile the sources under " + sourceRoot, e);
    }
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new IOException("not a folder: " + root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      if (files.isEmpty()) {
        throw new IOException("no Java sources under " + root);
      }
      return files;
    }
  }

  private static List<String> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS_KEPT) {
        String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
        errors.add(where + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  static Path emptyDirectory(Path dir) throws IOException {
    deleteTree(dir);
    return Files.createDirectories(dir);
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void packJar(Path classes, Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
        Files.copy(file, jarOut);
        jarOut.closeEntry();
      }
    }
  }
}
