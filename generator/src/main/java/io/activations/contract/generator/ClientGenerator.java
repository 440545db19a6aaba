package io.activations.contract.generator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.SpecValidationException;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Generates the client of one language from an OpenAPI document, in this JVM, with OpenAPI
 * Generator and the settings and template overrides packaged in this module. The Java client it
 * writes is the one {@code generated-client} builds: same settings file, same templates.
 *
 * <pre>{@code
 * GeneratedClient client = ClientGenerator.generate(Language.JAVA, Path.of("spec/activations.yaml"), out);
 * Path sources = client.sourceRoot();   // out/src/main/java
 * }</pre>
 */
public final class ClientGenerator {

  private ClientGenerator() {}

  /**
   * Writes the client of {@code language} for {@code spec} into {@code outputDirectory} (created
   * if missing; files the generator writes are overwritten, others are left alone).
   *
   * @throws ClientGenerationException with a one-line message when the spec cannot be read or
   *     parsed, the folder cannot be written, or the generator fails
   */
  public static GeneratedClient generate(Language language, Path spec, Path outputDirectory) {
    Path specFile = readableSpec(spec);
    Path output = writableDirectory(outputDirectory);
    try (PackagedSettings settings = PackagedSettings.extract(language)) {
      CodegenConfigurator configurator = CodegenConfigurator.fromFile(settings.configurationFile().toString());
      if (configurator == null) {
        throw new ClientGenerationException("cannot read the generator settings " + language.settingsResource());
      }
      configurator.setInputSpec(specFile.toString());
      configurator.setOutputDir(output.toString());
      // no banner on stdout: the caller decides what to print
      configurator.setQuiet(true);
      settings.templateDirectory().ifPresent(templates -> configurator.setTemplateDir(templates.toString()));
      // the client only: the generated tests and per-class docs would need each language's test
      // libraries (the Go tests need testify, a module download) and are not the client
      configurator.addGlobalProperty("apiTests", "false");
      configurator.addGlobalProperty("modelTests", "false");
      configurator.addGlobalProperty("apiDocs", "false");
      configurator.addGlobalProperty("modelDocs", "false");
      List<File> written = run(configurator, spec);
      return new GeneratedClient(language, output,
          written.stream().map(File::toPath).map(Path::toAbsolutePath).sorted().collect(Collectors.toList()));
    } catch (IOException e) {
      throw new ClientGenerationException("cannot prepare the generator settings: " + e.getMessage(), e);
    }
  }

  private static List<File> run(CodegenConfigurator configurator, Path spec) {
    try {
      return new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    } catch (SpecValidationException e) {
      throw new ClientGenerationException("the spec " + spec + " is not a valid OpenAPI document: "
          + e.getErrors().stream().map(error -> error.replaceFirst("^-", "")).sorted().collect(Collectors.joining("; ")), e);
    } catch (RuntimeException e) {
      throw new ClientGenerationException(oneLine(e), e);
    } finally {
      // the generator keeps these per thread; the next generation on this thread starts clean
      GlobalSettings.reset();
    }
  }

  private static Path readableSpec(Path spec) {
    if (spec == null || !Files.isRegularFile(spec) || !Files.isReadable(spec)) {
      throw new ClientGenerationException("cannot read the spec " + spec);
    }
    return spec.toAbsolutePath().normalize();
  }

  private static Path writableDirectory(Path directory) {
    if (directory == null) {
      throw new ClientGenerationException("no output folder given");
    }
    Path absolute = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute);
    } catch (IOException | UnsupportedOperationException e) {
      throw new ClientGenerationException("cannot create the output folder " + directory);
    }
    if (!Files.isDirectory(absolute) || !Files.isWritable(absolute)) {
      throw new ClientGenerationException("cannot write to the output folder " + directory);
    }
    return absolute;
  }

  /** The generator's messages can span lines (one per spec problem): keep them on one. */
  private static String oneLine(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot generate the client: " + message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
