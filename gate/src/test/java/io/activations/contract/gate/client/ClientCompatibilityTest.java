package io.activations.contract.gate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates, compiles and compares the real client of the project's spec and of edited copies of it. */
class ClientCompatibilityTest {

  private static final Path SPEC = Path.of("../spec/activations.yaml");

  @TempDir
  static Path work;

  private static String spec;

  @BeforeAll
  static void readSpec() throws IOException {
    spec = Files.readString(SPEC);
  }

  @Test
  void descriptionsAndExamplesChanged_clientIsCompatible() throws IOException {
    String revision = edit(spec, "description: Creates an activation on a connection.", "description: Creates one activation.");

    ClientCompatibilityReport report = check("quiet", revision);

    assertThat(report.revision().compiled()).isTrue();
    assertThat(report.revision().sourceFiles()).isGreaterThan(40);
    assertThat(report.findings()).isEmpty();
    assertThat(report.isCompatible()).isTrue();
  }

  @Test
  void sameDocumentsAgain_reuseTheirBuilds() throws IOException {
    String revision = edit(spec, "description: Creates an activation on a connection.", "description: Creates an activation.");
    ClientCompatibilityReport first = check("again", revision);
    long built = Files.getLastModifiedTime(first.revision().jar()).toMillis();

    ClientCompatibilityReport second = check("again", revision);

    assertThat(second.revision().jar()).isEqualTo(first.revision().jar());
    assertThat(Files.getLastModifiedTime(second.revision().jar()).toMillis()).isEqualTo(built);
    assertThat(second.findings()).isEmpty();
  }

  @Test
  void removedProperty_widerInteger_renamedSchema_removedEnumValue_eachPointBackToTheDocument() throws IOException {
    String revision = edit(spec, """
                displayName:
                  type: string
                  maxLength: 255
                  description: Display name, for warehouse destinations only (added in API version 73.0).
                personalization: {$ref: '#/components/schemas/PersonalizationInput'}
        """.indent(-4).indent(4), "        personalization: {$ref: '#/components/schemas/PersonalizationInput'}\n");
    revision = edit(revision, "totalEntries: {type: integer, minimum: 0}", "totalEntries: {type: integer, format: int64, minimum: 0}");
    revision = edit(revision, "    SupportedAction:\n", "    DestinationAction:\n").replace("#/components/schemas/SupportedAction'", "#/components/schemas/DestinationAction'");
    revision = edit(revision, "Entity Values Changed, All Events]", "Entity Values Changed]");

    ClientCompatibilityReport report = check("breaking", revision);

    assertThat(report.findings()).extracting(ClientFinding::ruleId, ClientFinding::element, f -> f.origin().pointer())
        .contains(
            tuple("client-method-removed", "AddActivationToAudienceAlphaInput.getDisplayName",
                "/components/schemas/AddActivationToAudienceAlphaInput/properties/displayName"),
            tuple("client-field-removed", "AddActivationToAudienceAlphaInput.JSON_PROPERTY_DISPLAY_NAME",
                "/components/schemas/AddActivationToAudienceAlphaInput/properties/displayName"),
            tuple("client-method-return-type-changed", "PaginationOutput.getTotalEntries",
                "/components/schemas/PaginationOutput/properties/totalEntries"),
            tuple("client-method-parameter-type-changed", "PaginationOutput.setTotalEntries",
                "/components/schemas/PaginationOutput/properties/totalEntries"),
            tuple("client-class-renamed", "SupportedAction", "/components/schemas/SupportedAction"),
            tuple("client-enum-constant-removed", "ActivationType.ALL_EVENTS", "/components/schemas/ActivationType"));
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("client-class-renamed")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("SupportedAction: class now generated as DestinationAction"));
    assertThat(report.findings()).extracting(ClientFinding::ruleId).doesNotContain("client-class-removed");
  }

  @Test
  void revisionWhoseClientDoesNotCompile_isOneFinding() throws IOException {
    // two properties whose names differ only in case give the same Java accessors twice
    String revision = edit(spec, "        key: {type: string}\n        label: {type: string}\n",
        "        key: {type: string}\n        label: {type: string}\n        Label: {type: string}\n");

    ClientCompatibilityReport report = check("uncompilable", revision);

    assertThat(report.revision().compiled()).isFalse();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("client-compilation-failed");
      assertThat(f.message()).contains("MappableField.java");
    });
  }

  private static ClientCompatibilityReport check(String name, String revision) {
    try {
      // one work folder for all: the base's client is built once and reused, as on a pull request's reruns
      return new ClientCompatibility(work.resolve("clients")).check(Spec.load(SPEC), Spec.parse(revision, name));
    } catch (SpecLoadException e) {
      throw new AssertionError(e.messages().toString(), e);
    }
  }

  private static String edit(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }
}
