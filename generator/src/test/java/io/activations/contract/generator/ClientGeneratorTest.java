package io.activations.contract.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientGeneratorTest {

  static final Path SPEC = Path.of("../spec/activations.yaml").toAbsolutePath().normalize();

  @TempDir
  Path out;

  @Test
  void generate_java_writesTheApiAndModelsWithTheConfiguredPackages() {
    GeneratedClient client = ClientGenerator.generate(Language.JAVA, SPEC, out);

    assertThat(client.sourceRoot()).isEqualTo(out.resolve("src/main/java"));
    assertThat(client.sourceRoot().resolve("io/activations/client/api/ActivationsApi.java")).isRegularFile();
    assertThat(client.sourceRoot().resolve("io/activations/client/model/ActivationOutput.java")).isRegularFile();
    assertThat(client.files()).contains(client.sourceRoot().resolve("io/activations/client/ApiClient.java"));
  }

  @Test
  void generate_java_usesTheTemplateOverrides() throws IOException {
    GeneratedClient client = ClientGenerator.generate(Language.JAVA, SPEC, out);

    assertThat(Files.readString(client.sourceRoot().resolve("io/activations/client/api/ActivationsApi.java")))
        .contains("java.nio.charset.StandardCharsets.UTF_8");
  }

  @Test
  void generate_go_needsNoModuleBeyondTheStandardLibrary() throws IOException {
    GeneratedClient client = ClientGenerator.generate(Language.GO, SPEC, out);

    String goMod = Files.readString(client.directory().resolve("go.mod"));
    assertThat(goMod).startsWith("module activations.io/client/go\n");
    assertThat(goMod.replaceAll("(?s)^.*?require \\((.*?)\\).*$", "$1"))
        .as("modules go.mod requires (a build without a module proxy cannot fetch them)")
        .isBlank();
    assertThat(client.sourceRoot().resolve("api_activations.go")).isRegularFile();
    assertThat(client.directory().resolve("test")).as("generated tests import testify").doesNotExist();
  }

  @Test
  void generate_typescript_isAPackageWithoutRunTimeDependencies() throws IOException {
    GeneratedClient client = ClientGenerator.generate(Language.TYPESCRIPT, SPEC, out);

    String packageJson = Files.readString(client.directory().resolve("package.json"));
    assertThat(packageJson).contains("\"name\": \"@activations/client\"").doesNotContain("\"dependencies\"");
    assertThat(client.directory().resolve("src/apis/ActivationsApi.ts")).isRegularFile();
    assertThat(client.directory().resolve("tsconfig.json")).isRegularFile();
  }

  @Test
  void generate_missingSpec_failsWithOneLine() {
    assertThatThrownBy(() -> ClientGenerator.generate(Language.JAVA, out.resolve("absent.yaml"), out.resolve("client")))
        .isInstanceOf(ClientGenerationException.class)
        .hasMessageStartingWith("cannot read the spec ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void generate_specThatIsNotOpenApi_failsWithOneLine() throws IOException {
    Path spec = Files.writeString(out.resolve("broken.yaml"), "openapi: 3.0.3\ninfo: [not, an, object]\npaths: 7\n");

    assertThatThrownBy(() -> ClientGenerator.generate(Language.JAVA, spec, out.resolve("client")))
        .isInstanceOf(ClientGenerationException.class)
        .hasMessageStartingWith("the spec " + spec + " is not a valid OpenAPI document: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void generate_outputUnderAFile_failsWithOneLine() throws IOException {
    Path file = Files.writeString(out.resolve("a-file"), "x");

    assertThatThrownBy(() -> ClientGenerator.generate(Language.JAVA, SPEC, file.resolve("client")))
        .isInstanceOf(ClientGenerationException.class)
        .hasMessageStartingWith("cannot create the output folder ")
        .hasMessageNotContaining("\n");
  }
}
