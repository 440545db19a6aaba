package io.activations.contract.gate.client;

import io.activations.contract.generator.ClientGenerator;
import io.activations.contract.generator.GeneratedClient;
import io.activations.contract.generator.Language;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 *     .check(Path.of("base.yaml"), Path.of("spec/activations.yaml"));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
 * }</pre>
 */
public final class ClientCompatibility {

  private final Path workDir;
  private final JavaSourceCompiler compiler;
  private final ClientApiComparator comparator;
  private final ClientBuildCache cache;

  /** Generates and compiles under {@code workDir}, one folder per document, kept for the next run (see {@link ClientBuildCache}). */
  public ClientCompatibility(Path workDir) {
    this.workDir = workDir.toAbsolutePath().normalize();
    this.compiler = JavaSourceCompiler.forGeneratedClient();
    this.comparator = ClientApiComparator.forGeneratedClient();
    this.cache = new ClientBuildCache(this.workDir);
  }

  /**
   * Compares the client of {@code revisionFile} with the client of {@code baseFile}.
   *
   * @throws io.activations.contract.generator.ClientGenerationException when a document cannot be
   *     generated from (one line, for the user)
   */
  public ClientCompatibilityReport check(Path baseFile, Path revisionFile) {
    CompiledClient base = build(baseFile);
    CompiledClient revision = build(revisionFile);
    cache.keepOnly(java.util.Set.of(cache.folderFor(baseFile), cache.folderFor(revisionFile)));
    if (!revision.compiled()) {
      return new ClientCompatibilityReport(base, revision, List.of(ClientFinding.compilationFailed(revision.errors())), "");
    }
    if (!base.compiled()) {
      return new ClientCompatibilityReport(base, revision, List.of(),
          "the base document's client does not compile (" + base.errors().get(0) + "), so there is nothing to compare with");
    }
    List<ClientChange> changes = comparator.compare(base.jar(), revision.jar());
    ClientFindings findings = new ClientFindings(origins(baseFile), origins(revisionFile));
    return new ClientCompatibilityReport(base, revision, findings.tell(changes), "");
  }

  /**
   * Generates the client of {@code document} and compiles it: the gate's "regenerate and compile"
   * step. A document built before with the same generator is not built again.
   */
  public CompiledClient build(Path document) {
    Path dir = cache.folderFor(document);
    java.util.Optional<CompiledClient> stored = cache.stored(dir);
    if (stored.isPresent()) {
      return stored.get();
    }
    try {
      JavaSourceCompiler.emptyDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
    GeneratedClient client = ClientGenerator.generate(Language.JAVA, document, dir.resolve("generated"));
    CompiledClient compiled = compiler.compile(client.sourceRoot(), dir.resolve("build"));
    cache.store(dir, compiled);
    return compiled;
  }

  private static DocumentOrigins origins(Path document) {
    try {
      return new DocumentOrigins(Spec.load(document));
    } catch (SpecLoadException e) {
      return DocumentOrigins.UNKNOWN;
    }
  }
}
