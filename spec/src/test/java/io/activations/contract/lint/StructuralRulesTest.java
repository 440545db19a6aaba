package io.activations.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import io.activations.contract.testing.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each check of the structural rules (the errors Redocly's recommended and Spectral's spectral:oas
 * rulesets report) on its own: {@code lint/clean.yaml} with one edit, which only that rule's key
 * reports. The rule's fixture file proves one check; these prove the others. {@code NL} in an edit
 * is a line break, {@code ~} a comma inside a flow list; a fifth column names a key the edit
 * provokes as well (a component added only to carry a bad name is also unused).
 */
class StructuralRulesTest {

  private static final String CLEAN = Resources.text("lint/clean.yaml");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nullable without type (Redocly nullable-type-sibling)|        size: {type: integer, nullable: true}"
          + "|        size: {nullable: true}|lint.schema.nullableWithoutType|",
      "enum value of another type (Redocly no-enum-type-mismatch)|        size: {type: integer, nullable: true}"
          + "|        size: {type: integer, nullable: true, enum: [3~ big]}|lint.schema.inconsistent|",
      "properties on a string (Redocly no-schema-type-mismatch)|        id: {type: string}"
          + "|        id: {type: string, properties: {a: {type: string}}}|lint.schema.inconsistent|",
      "items on an object (Redocly no-schema-type-mismatch)|        id: {type: string}"
          + "|        id: {type: string}NL        meta: {type: object, items: {type: string}}|lint.schema.inconsistent|",
      "query in a path (Redocly path-not-include-query)|  /things/{thingId}/items:"
          + "|  /things/{thingId}/items?x=1:|lint.path.malformed|",
      "empty path parameter (Redocly path-declaration-must-exist)|  /things/{thingId}/items:"
          + "|  /things/{thingId}/items/{}:NL    get: {operationId: other, summary: x, tags: [Items], x-rate-limit-per-minute: 50, "
          + "parameters: [{$ref: '#/components/parameters/ThingId'}], responses: {'404': {$ref: '#/components/responses/NotFound'}~ "
          + "'429': {$ref: '#/components/responses/TooManyRequests'}}}NL  /things/{thingId}/items:|lint.path.malformed|",
      "empty server list (Redocly no-empty-servers)|security:|servers: []NLsecurity:|lint.server.invalid|",
      "undeclared server variable (Redocly no-undefined-server-variable)|security:"
          + "|servers:NL  - url: https://{region}.example.comNLsecurity:|lint.server.invalid|",
      "empty server variable enum (Redocly no-server-variables-empty-enum)|security:"
          + "|servers:NL  - url: https://{region}.example.comNL    variables: {region: {default: eu~ enum: []}}NLsecurity:"
          + "|lint.server.invalid|",
      "server variable default outside its enum (Spectral oas3-server-variables)|security:"
          + "|servers:NL  - url: https://{region}.example.comNL    variables: {region: {default: us~ enum: [eu]}}NLsecurity:"
          + "|lint.server.invalid|",
      "operationId not URL-safe (Redocly operation-operationId-url-safe)|      operationId: addItem"
          + "|      operationId: add item|lint.operation.malformed|",
      "parameter declared twice (Redocly operation-parameters-unique)|        - $ref: '#/components/parameters/ThingId'NL      requestBody:"
          + "|        - $ref: '#/components/parameters/ThingId'NL        - $ref: '#/components/parameters/ThingId'NL      requestBody:"
          + "|lint.operation.malformed|",
      "duplicate tag (Spectral openapi-tags-uniqueness)|security:|tags: [{name: Items}~ {name: Items}]NLsecurity:"
          + "|lint.document.malformed|",
      "invalid component name (Redocly spec-components-invalid-map-name)|  schemas:NL"
          + "|  schemas:NL    Bad Name!: {type: string}NL|lint.document.malformed|lint.component.unused",
      "example with value and externalValue (Redocly no-example-value-and-externalValue)"
          + "|          example: thg_1|          examples: {one: {value: thg_1~ externalValue: 'https://example.com/x'}}"
          + "|lint.document.malformed|"})
  void eachCheck_isReportedByItsRuleAlone(String check, String original, String replacement, String key, String alsoKey)
      throws Exception {
    String from = unescape(original);
    assertThat(CLEAN).as("clean.yaml holds the text the case edits").contains(from);
    String broken = CLEAN.replace(from, unescape(replacement));

    Report report = new Linter().lint(Spec.parse(broken, check));

    assertThat(report.keys()).as(check + "\n" + report.findings()).contains(key);
    assertThat(report.keys()).as(check + ": other rules stay quiet\n" + report.findings())
        .allMatch(found -> found.equals(key) || found.equals(alsoKey) || found.equals(ParserMessageRule.KEY));
  }

  private static String unescape(String text) {
    return text.replace("NL", "\n").replace('~', ',');
  }
}
