package io.activations.contract.gate;

import static io.activations.contract.gate.ThingsFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes that look like something but break nobody: the gate reports nothing at all for them. */
class NoFalseAlarmTest {

  private static DiffResult diff(ThingsFixture.Edit... revision) {
    return ThingsFixture.diff(List.of(), List.of(revision));
  }

  @Test
  void pathParameterRenamed_withTheSameUrlShape() {
    assertThat(diff(edit("thingId", "id")).findings()).isEmpty();
  }

  @Test
  void schemaMovedBehindARef_andRenamed() {
    DiffResult result = diff(
        edit("    ThingOutput:\n", "    Thing:\n"),
        edit("'#/components/schemas/ThingOutput'", "'#/components/schemas/Thing'"),
        edit("        name: {type: string}\n        note:", "        name: {$ref: '#/components/schemas/Name'}\n        note:"),
        edit("  schemas:\n", "  schemas:\n    Name: {type: string}\n"));

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void schemaSplitIntoAllOf_withTheSameResultingStructure() {
    DiffResult result = diff(edit(
        "    ThingOutput:\n      type: object\n      properties:\n        id: {type: string}\n",
        "    ThingOutput:\n      allOf: [{$ref: '#/components/schemas/Identified'}]\n      type: object\n      properties:\n"),
        edit("  schemas:\n", "  schemas:\n    Identified: {type: object, properties: {id: {type: string}}, required: [id]}\n"));

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void reorderedMaps_pathsPropertiesResponsesAndMediaTypes() {
    DiffResult result = diff(
        edit("        name: {type: string}\n        colour: {type: string}\n", "        colour: {type: string}\n        name: {type: string}\n"),
        edit("required: [id, name]", "required: [name, id]"),
        edit("            X-RateLimit-Remaining: {required: true, schema: {type: integer}}\n            X-Trace: {required: false, schema: {type: string}}\n",
            "            X-Trace: {required: false, schema: {type: string}}\n            X-RateLimit-Remaining: {required: true, schema: {type: integer}}\n"),
        edit("    get:\n      operationId: listThings", "    get:\n      operationId: listThings"),
        edit("security:\n  - token: []\n", "security:\n  - token: []\n"));
    DiffResult pathsSwapped = ThingsFixture.diff(List.of(), List.of(edit("  /things:\n", "  /zzz-unused:\n    get:\n      responses: {'200': {description: x}}\n  /things:\n")));

    assertThat(result.findings()).isEmpty();
    assertThat(pathsSwapped.findings()).extracting(Finding::ruleId).containsOnly("endpoint-added", "api-version-not-bumped");
  }

  @Test
  void examplesDescriptionsAndSummaries() {
    DiffResult result = diff(
        edit("      operationId: createThing\n", "      operationId: createThing\n      summary: Create a thing\n      description: Makes one.\n"),
        edit("        name: {type: string}\n        colour:", "        name: {type: string, example: Ada, description: the name}\n        colour:"),
        edit("          description: done\n", "          description: the thing, as stored\n"),
        edit("  title: Things\n", "  title: Things API\n  description: all about things\n"));

    assertThat(result.findings()).isEmpty();
  }
}
