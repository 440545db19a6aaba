package io.activations.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.generator.ClientGenerator;
import io.activations.contract.generator.GeneratedClient;
import io.activations.contract.generator.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./contract generate --lang java} and this module's build generate the same client: the
 * Java sources ClientGenerator writes are, file for file, the ones the Maven plugin wrote here.
 */
class GeneratorParityTest {

    private static final Path SPEC = Path.of("../spec/activations.yaml");
    private static final Path BUILT_SOURCES = Path.of("target/generated-sources/openapi/src/main/java");

    @Test
    void clientGenerator_java_writesTheSourcesThisModuleBuilds(@TempDir Path out) throws IOException {
        GeneratedClient generated = ClientGenerator.generate(Language.JAVA, SPEC, out);

        List<Path> built = javaFiles(BUILT_SOURCES);
        assertThat(javaFiles(generated.sourceRoot())).as("Java files").isEqualTo(built).isNotEmpty();
        for (Path file : built) {
            assertThat(Files.readString(generated.sourceRoot().resolve(file)))
                    .as(file.toString())
                    .isEqualTo(Files.readString(BUILT_SOURCES.resolve(file)));
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(".java"))
                    .map(root::relativize)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
