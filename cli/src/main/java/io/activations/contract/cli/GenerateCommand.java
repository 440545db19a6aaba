package io.activations.contract.cli;

import io.activations.contract.generator.ClientGenerationException;
import io.activations.contract.generator.ClientGenerator;
import io.activations.contract.generator.GeneratedClient;
import io.activations.contract.generator.Language;
import io.activations.contract.spec.Spec;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code ./contract generate --lang java|typescript|go [--out DIR] [--spec FILE]}: a client from the document. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Generates the client of the Activations API for one language with OpenAPI Generator and the settings in generator/.",
        "Exit codes: 0 generated, 2 unknown language, unreadable spec or unwritable folder."})
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandSpec command;

  // a String rather than the enum: an unknown language is this command's one-line error, not picocli's usage text
  @Option(names = "--lang", required = true, paramLabel = "java|typescript|go",
      description = "The client's language: java (java.net.http + Jackson), typescript (typescript-fetch) or go.")
  private String language;

  @Option(names = "--out", paramLabel = "DIR",
      description = "The folder to write the client to, created if missing (default: target/clients/<lang>).")
  private Path outputDirectory;

  @Option(names = "--spec", paramLabel = "FILE", description = "The OpenAPI document (default: the bundled one).")
  private Path specFile;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = command.commandLine().getErr();
    Optional<Language> chosen = Language.fromId(language);
    if (chosen.isEmpty()) {
      err.println("contract generate: unknown language '" + language + "'; expected one of " + Language.ids());
      return ContractCli.USAGE_ERROR;
    }
    Path out = outputDirectory != null ? outputDirectory : Path.of("target", "clients", chosen.get().id());
    Path bundledCopy = specFile == null ? bundledSpecCopy() : null;
    try {
      GeneratedClient client = ClientGenerator.generate(chosen.get(), specFile != null ? specFile : bundledCopy, out);
      PrintWriter stdout = command.commandLine().getOut();
      stdout.println("Generated the " + chosen.get().id() + " client in " + client.directory() + " ("
          + client.files().size() + " files)");
      stdout.flush();
      return 0;
    } catch (ClientGenerationException e) {
      err.println("contract generate: " + e.getMessage());
      return ContractCli.USAGE_ERROR;
    } finally {
      if (bundledCopy != null) {
        Files.deleteIfExists(bundledCopy);
      }
    }
  }

  /** The generator reads a file: the bundled document, copied out of the spec jar. */
  private static Path bundledSpecCopy() throws IOException {
    Path copy = Files.createTempFile("activations-", ".yaml");
    try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(Spec.BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IOException(Spec.BUNDLED_RESOURCE + " is missing from the class path");
      }
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }
}
