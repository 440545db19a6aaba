package io.activations.contract.gate.client;

import io.activations.contract.generator.ClientGenerator;
import io.activations.contract.generator.GeneratedClient;
import io.activations.contract.generator.Language;
import io.activations.contract.spec.Spec;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The generated Java client's compatibility between two documents: generates the client of each
 * in the JVM (OpenAPI Generator with the settings and templates of {@code generator/}), compiles
 * both against the client's run-time dependencies, compares them with japicmp, and tells each
 * incompatibility with the part of the document it comes from.
 *
 * <pre>{@code
 * ClientCompatibilityReport report = new ClientCompatibility(Path.of("target/client-check"))
 *     .check(Spec.load(Path.of("base.yaml")), Spec.load(Path.of("spec/activations.yaml")));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
 * }</pre>
 */
public final class ClientCompatibility {

  private static final ObjectMapper DOCUMENTS = new ObjectMapper();

  private final Path workDir;
  private final JavaSourceCompiler compiler;
  private final ClientApiComparator comparator;
  private final ClientBuildCache cache;

  /** Generates and compiles under {@code workDir}, one folder per document, kept for the next run (see {@link ClientBuildCache}). */
  public ClientCompatibility(Path workDir) {
    this.workDir = workDir.toAbsolutePath().normalize();
    this.compiler = JavaSourceCompiler.forGeneratedClient();
    this.comparator = ClientApiComparator.forGeneratedClient();
    this.cache = new ClientBuildCache(this.workDir.resolve("builds"));
  }

  /**
   * Compares the client of {@code revision} with the client of {@code base}.
   *
   * @throws io.activations.contract.generator.ClientGenerationException when a document cannot be
   *     generated from (one line, for the user)
   */
  public ClientCompatibilityReport check(Spec base, Spec revision) {
    CompiledClient baseClient = build(base);
    CompiledClient revisionClient = build(revision);
    // base and revision may be the same document, hence a set that allows one folder for both
    Path baseFile = documentFile(base);
    Path revisionFile = documentFile(revision);
    cache.keepOnly(new java.util.HashSet<>(List.of(cache.folderFor(baseFile), cache.folderFor(revisionFile))));
    ClientBuildCache.deleteAllBut(baseFile.getParent(), new java.util.HashSet<>(List.of(baseFile, revisionFile)));
    if (!revisionClient.compiled()) {
      return new ClientCompatibilityReport(baseClient, revisionClient, List.of(ClientFinding.compilationFailed(revisionClient.errors())), "");
    }
    if (!baseClient.compiled()) {
      return new ClientCompatibilityReport(baseClient, revisionClient, List.of(),
          "the base document's client does not compile (" + baseClient.errors().get(0) + "), so there is nothing to compare with");
    }
    List<ClientChange> changes = comparator.compare(baseClient.jar(), revisionClient.jar());
    ClientFindings findings = new ClientFindings(new DocumentOrigins(base), new DocumentOrigins(revision));
    return new ClientCompatibilityReport(baseClient, revisionClient, findings.tell(changes), "");
  }

  /**
   * Generates the client of {@code document} and compiles it: the gate's "regenerate and compile"
   * step. A document built before with the same generator is not built again.
   */
  public CompiledClient build(Spec document) {
    Path file = documentFile(document);
    Path dir = cache.folderFor(file);
    java.util.Optional<CompiledClient> stored = cache.stored(dir);
    if (stored.isPresent()) {
      return stored.get();
    }
    try {
      JavaSourceCompiler.emptyDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
    GeneratedClient client = ClientGenerator.generate(Language.JAVA, file, dir.resolve("generated"));
    CompiledClient compiled = compiler.compile(client.sourceRoot(), dir.resolve("build"));
    cache.store(dir, compiled);
    return compiled;
  }

  /**
   * The document as the generator reads it: written out as JSON (the document as written, {@code
   * $ref}s intact), so a base read out of git needs no file of its own. Named by its content, so
   * the same document is the same file.
   */
  private Path documentFile(Spec document) {
    try {
      byte[] json = DOCUMENTS.writeValueAsBytes(document.document());
      Path file = workDir.resolve("documents").resolve(ClientBuildCache.digest(json) + ".json");
      if (!Files.isRegularFile(file)) {
        Files.createDirectories(file.getParent());
        Files.write(file, json);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document for the generator under " + workDir, e);
    }
  }
}
