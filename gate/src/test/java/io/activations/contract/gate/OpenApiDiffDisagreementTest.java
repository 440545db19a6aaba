package io.activations.contract.gate;

import static io.activations.contract.gate.ThingsFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.gate.ThingsFixture.Edit;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Where the gate and openapi-diff-core 2.1.7 (run on the same pair) disagree, and where they agree.
 * Each disagreement is a change whose effect on callers or clients openapi-diff does not judge by
 * direction; the reason is in the case's name.
 */
class OpenApiDiffDisagreementTest {

  /** A pair of fixture variants, the gate's highest level, and openapi-diff's verdict. */
  record Case(List<Edit> base, String name, String baseProbe, String revisionProbe, List<Edit> revision, Level ours, DiffResult theirs) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String PROBE = ThingsFixture.DEFAULT_PROBE;
  private static final String NOTE = "        note: {type: string}\n";
  private static final String COLOUR = "        colour: {type: string}\n";

  static Stream<Case> cases() {
    return Stream.of(
        // a client reading the response may now get null: openapi-diff treats any nullable change as compatible
        new Case(List.of(), "response property became nullable", PROBE, "{type: string, nullable: true}", List.of(), Level.ERR, DiffResult.COMPATIBLE),
        // openapi-diff 2.1.7 calls every format change incompatible, in both directions: dropping a format from
        // a request accepts more (callers unaffected), adding one to a response promises more (clients unaffected)
        new Case(List.of(edit(COLOUR, "        colour: {type: string, format: date}\n")), "request format removed", PROBE, PROBE,
            List.of(edit(COLOUR, COLOUR)), Level.INFO, DiffResult.INCOMPATIBLE),
        new Case(List.of(), "response format added", PROBE, PROBE,
            List.of(edit(NOTE, "        note: {type: string, format: date}\n")), Level.INFO, DiffResult.INCOMPATIBLE),
        // agreement: a format changed from one value to another breaks the side that reads it
        new Case(List.of(edit(NOTE, "        note: {type: string, format: date}\n")), "response format changed (agreement)", PROBE, PROBE,
            List.of(edit(NOTE, "        note: {type: string, format: date-time}\n")), Level.ERR, DiffResult.INCOMPATIBLE),
        // an optional response property removed: clients reading it get nothing; openapi-diff only minds required ones
        new Case(List.of(), "optional response property removed", PROBE, PROBE, List.of(edit("        note: {type: string}\n", "")), Level.WARN,
            DiffResult.COMPATIBLE),
        // a new enum value in a response may surprise a client's switch, but does not break one that has a default: WARN, not ERR
        new Case(List.of(), "response enum value added", "{type: string, enum: [A]}", "{type: string, enum: [A, B]}",
            List.of(edit("required: [name]", "required: [name]")), Level.WARN, DiffResult.INCOMPATIBLE),
        // this API's own extension: a lower limit means 429s for callers within the old one; openapi-diff compares no extensions
        new Case(List.of(), "rate limit lowered", PROBE, PROBE, List.of(edit("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 10")), Level.ERR,
            DiffResult.NO_CHANGES),
        // removing a deprecated operation after its sunset date is the planned end of life: WARN; openapi-diff: incompatible regardless
        new Case(List.of(), "deprecated operation removed after x-sunset", PROBE, PROBE, List.of(edit(
            "    get:\n      operationId: listThings\n      deprecated: true\n      x-sunset: '2026-06-30'\n      responses:\n        '200':\n          description: all\n",
            "")), Level.WARN, DiffResult.INCOMPATIBLE),
        // agreement: a request enum value removed breaks callers for both
        new Case(List.of(), "request enum value removed (agreement)", "{type: string, enum: [A, B]}", "{type: string, enum: [A]}", List.of(), Level.ERR,
            DiffResult.INCOMPATIBLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void gateAndOpenApiDiff_onTheSamePair(Case c) {
    String base = ThingsFixture.text(c.baseProbe(), c.base());
    String revision = ThingsFixture.text(c.revisionProbe(), c.revision());

    io.activations.contract.gate.DiffResult ours = ApiDiff.compare(ThingsFixture.spec(c.baseProbe(), c.base()),
        ThingsFixture.spec(c.revisionProbe(), c.revision()), DiffOptions.builder().today(ThingsFixture.TODAY).build());
    DiffResult theirs = OpenApiCompare.fromContents(base, revision).isChanged();

    assertThat(ours.highestLevel()).as("%s", ours.findings()).contains(c.ours());
    assertThat(theirs).isEqualTo(c.theirs());
  }

  @Test
  void vendorPairs_openApiDiffAgreesOnTheVerdicts() throws Exception {
    var dir = SharedReference.vendorHistory();
    String v2a = Files.readString(dir.resolve("public-api-32.0.2-857bfd4.yaml"));
    String v2b = Files.readString(dir.resolve("public-api-32.0.2-20a7543.yaml"));
    String v4 = Files.readString(dir.resolve("public-api-32.0.4-fb80a09.yaml"));
    String v5 = Files.readString(dir.resolve("public-api-32.0.5-5d65300.yaml"));

    assertThat(OpenApiCompare.fromContents(v2a, v2b).isChanged().isUnchanged()).isTrue();
    assertThat(OpenApiCompare.fromContents(v5, v4).isIncompatible()).isTrue();
    assertThat(OpenApiCompare.fromContents(v4, v5).isIncompatible()).isFalse();
  }
}
