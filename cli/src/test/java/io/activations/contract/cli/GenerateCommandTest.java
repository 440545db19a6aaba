package io.activations.contract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.generator.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @RegisterExtension
  final ConsoleCapture console = new ConsoleCapture();

  @TempDir
  Path dir;

  @Test
  void generate_go_fromTheBundledSpec_writesTheModuleAndSaysWhere() {
    Path target = dir.resolve("go-client");

    int exit = ContractCli.run("generate", "--lang", "go", "--out", target.toString());

    assertThat(exit).as(console.stderr()).isZero();
    assertThat(target.resolve("go.mod")).isRegularFile();
    assertThat(target.resolve("api_activations.go")).isRegularFile();
    assertThat(console.stdout()).startsWith("Generated the go client in " + target.toAbsolutePath());
    assertThat(console.stderr()).isEmpty();
  }

  @Test
  void generate_typescript_fromASpecFile_writesThePackage() throws IOException {
    Path spec = Files.copy(Path.of("../spec/activations.yaml"), dir.resolve("my-spec.yaml"));
    Path target = dir.resolve("ts-client");

    int exit = ContractCli.run("generate", "--lang", "TypeScript", "--spec", spec.toString(), "--out", target.toString());

    assertThat(exit).as(console.stderr()).isZero();
    assertThat(target.resolve("package.json")).isRegularFile();
    assertThat(target.resolve("src/apis/ActivationsApi.ts")).isRegularFile();
  }

  @Test
  void generate_java_withoutOut_writesUnderTargetClients() {
    int exit = ContractCli.run("generate", "--lang", "java");

    assertThat(exit).as(console.stderr()).isZero();
    assertThat(Path.of("target/clients/java/src/main/java/io/activations/client/api/ActivationsApi.java")).isRegularFile();
  }

  @Test
  void generate_unknownLanguage_exits2WithOneLineNamingTheSupportedOnes() {
    int exit = ContractCli.run("generate", "--lang", "cobol", "--out", dir.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().lines()).singleElement().asString()
        .contains("unknown language 'cobol'").contains("java|typescript|go");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void generate_withoutLang_exits2() {
    assertThat(ContractCli.run("generate", "--out", dir.toString())).isEqualTo(2);
    assertThat(console.stderr()).contains("--lang");
  }

  @Test
  void generate_missingSpec_exits2WithOneLine() {
    int exit = ContractCli.run("generate", "--lang", "go", "--spec", dir.resolve("absent.yaml").toString(),
        "--out", dir.resolve("client").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().lines()).singleElement().asString().contains("cannot read the spec").contains("absent.yaml");
  }

  @Test
  void generate_specThatIsNotOpenApi_exits2WithOneLine() throws IOException {
    Path spec = Files.writeString(dir.resolve("notes.yaml"), "shopping:\n  - milk\n  - bread\n");

    int exit = ContractCli.run("generate", "--lang", "typescript", "--spec", spec.toString(),
        "--out", dir.resolve("client").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().lines()).singleElement().asString()
        .startsWith("contract generate: the spec " + spec + " is not a valid OpenAPI document: ").contains("paths is missing");
  }

  @Test
  void generate_outputFolderThatCannotBeCreated_exits2WithOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

    int exit = ContractCli.run("generate", "--lang", "java", "--out", file.resolve("client").toString());

    assertThat(exit).isEqualTo(2);
    assertThat(console.stderr().lines()).singleElement().asString().contains("cannot create the output folder");
  }

  @Test
  void generateHelp_listsEverySupportedLanguage() {
    assertThat(ContractCli.run("generate", "--help")).isZero();

    assertThat(console.stdout()).contains("--lang=java|typescript|go", "--out=DIR", "--spec=FILE");
    Arrays.stream(Language.values()).forEach(language -> assertThat(console.stdout()).contains(language.id()));
  }

  @Test
  void contractHelp_listsTheGenerateCommand() {
    assertThat(ContractCli.run("--help")).isZero();

    assertThat(console.stdout()).contains("generate");
  }
}
