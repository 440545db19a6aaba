package io.activations.contract.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change to the document reaches every language on the next generation into the same folder:
 * a field added to a copy of the spec appears in that language's model of the schema.
 */
class SpecChangeRegeneratesTest {

  private static final String NEW_FIELD = "syncPriority";

  @TempDir
  Path work;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "JAVA,       src/main/java/io/activations/client/model/ActivationOutput.java, public Integer getSyncPriority()",
      "TYPESCRIPT, src/models/ActivationOutput.ts,                                  syncPriority?: number;",
      "GO,         model_activation_output.go,                                      SyncPriority *int32",
  })
  void addingAFieldToTheSpec_addsItToTheModelOnTheNextGeneration(Language language, String model, String field)
      throws IOException {
    Path out = work.resolve("client");
    ClientGenerator.generate(language, ClientGeneratorTest.SPEC, out);
    assertThat(Files.readString(out.resolve(model))).as("before the change").doesNotContain(field);

    ClientGenerator.generate(language, specWithNewField(), out);

    assertThat(Files.readString(out.resolve(model))).as("after the change").contains(field);
  }

  /** A copy of the spec whose ActivationOutput has one more optional integer field. */
  private Path specWithNewField() throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    ObjectNode spec = (ObjectNode) yaml.readTree(ClientGeneratorTest.SPEC.toFile());
    ObjectNode properties = (ObjectNode) spec.at("/components/schemas/ActivationOutput/properties");
    assertThat(properties.has(NEW_FIELD)).as("the spec already has " + NEW_FIELD).isFalse();
    properties.putObject(NEW_FIELD).put("type", "integer").put("description", "Order among the audience's activations.");
    Path copy = work.resolve("activations-changed.yaml");
    yaml.writeValue(copy.toFile(), spec);
    return copy;
  }
}
