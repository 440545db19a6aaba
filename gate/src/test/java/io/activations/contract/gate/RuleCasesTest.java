package io.activations.contract.gate;

import static io.activations.contract.gate.ThingsFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.gate.ThingsFixture.Edit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every rule has a change that triggers it and a look-alike change that must not: the trigger's
 * finding carries the rule's level, and the look-alike (often the opposite direction, a reorder or
 * a rename) stays quiet for that rule.
 */
class RuleCasesTest {

  /** A rule, the base's edits, the revision that triggers it and a look-alike revision that must not. */
  record Case(String rule, List<Edit> base, List<Edit> trigger, List<Edit> lookalike) {
    @Override
    public String toString() {
      return rule;
    }
  }

  /** A schema change tried in a request body property, a query parameter and a response property at once. */
  record SchemaCase(SchemaChange change, String before, String trigger, String lookalike) {
    @Override
    public String toString() {
      return change.suffix;
    }
  }

  private static final String CREATE = "      operationId: createThing\n";
  private static final String PURGE = "    delete:\n      operationId: purgeThings\n      responses:\n        '200': {description: gone}\n";
  private static final String LIST = "    get:\n      operationId: listThings\n      deprecated: true\n      x-sunset: '2026-06-30'\n"
      + "      responses:\n        '200':\n          description: all\n";
  private static final String BODY_REQUIRED = "      requestBody:\n        required: true\n";
  private static final String INPUT_REQUIRED = "        probe: %PROBE%\n      required: [name]\n";
  private static final String OUTPUT_REQUIRED = "      required: [id, name]\n";
  private static final String REQUEST_MEDIA = "          application/vnd.segment.v1alpha+json:\n            schema: {$ref: '#/components/schemas/ThingInput'}\n"
      + "          application/json:\n            schema: {$ref: '#/components/schemas/ThingInput'}\n";
  private static final String RESPONSE_MEDIA = "            application/vnd.segment.v1alpha+json:\n              schema: {$ref: '#/components/schemas/ThingOutput'}\n"
      + "            application/json:\n              schema: {$ref: '#/components/schemas/ThingOutput'}\n";
  private static final String LIMIT = "{name: limit, in: query, required: false, schema: {type: integer}}";
  private static final String TENANT = "{name: X-Tenant, in: header, required: true, schema: {type: string}}";
  private static final String REMAINING = "X-RateLimit-Remaining: {required: true, schema: {type: integer}}";
  private static final String TRACE = "            X-Trace: {required: false, schema: {type: string}}\n";
  private static final String VERSION = "  version: 1.0.0";
  private static final String SECURITY = "security:\n  - token: []\n";
  private static final String COLOUR = "        colour: {type: string}\n";
  private static final String NOTE = "        note: {type: string}\n";

  static List<Edit> none() {
    return List.of();
  }

  static List<Edit> edits(String... pairs) {
    List<Edit> edits = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      edits.add(edit(pairs[i], pairs[i + 1]));
    }
    return edits;
  }

  static Case triggers(String rule, List<Edit> trigger, List<Edit> lookalike) {
    return new Case(rule, none(), trigger, lookalike);
  }

  static Stream<Case> cases() {
    String swappedRequestMedia = "          application/json:\n            schema: {$ref: '#/components/schemas/ThingInput'}\n"
        + "          application/vnd.segment.v1alpha+json:\n            schema: {$ref: '#/components/schemas/ThingInput'}\n";
    String swappedResponseMedia = "            application/json:\n              schema: {$ref: '#/components/schemas/ThingOutput'}\n"
        + "            application/vnd.segment.v1alpha+json:\n              schema: {$ref: '#/components/schemas/ThingOutput'}\n";
    String closed = "      required: [name]\n      additionalProperties: false\n";
    return Stream.of(
        triggers("endpoint-added", edits("paths:\n", "paths:\n  /widgets:\n    get:\n      responses:\n        '200': {description: ok}\n"),
            edits("thingId", "id")),
        triggers("api-removed-without-deprecation", edits(PURGE, ""), edits(LIST, "")),
        new Case("api-removed-before-sunset", edits("2026-06-30", "2027-06-30"), edits("2026-06-30", "2027-06-30", LIST.replace("2026", "2027"), ""),
            edits(PURGE, "")),
        triggers("api-removed-with-deprecation", edits(LIST, ""), edits(PURGE, "")),
        triggers("endpoint-deprecated", edits("      operationId: purgeThings\n", "      operationId: purgeThings\n      deprecated: true\n"),
            edits("      operationId: purgeThings\n", "      operationId: purgeThings\n      description: will be deprecated\n")),
        triggers("endpoint-reactivated", edits("      deprecated: true\n", ""), edits("2026-06-30", "2026-07-31")),
        triggers("rate-limit-lowered", edits("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 40"),
            edits("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 60")),
        triggers("rate-limit-raised", edits("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 60"),
            edits("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 40")),
        triggers("rate-limit-changed", edits("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: default"),
            edits("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 40")),
        triggers("api-security-added", edits(SECURITY, "security:\n  - token: []\n    apiKey: []\n"),
            edits(SECURITY, "security:\n  - token: []\n  - apiKey: []\n")),
        triggers("api-security-removed", edits(SECURITY, "security:\n  - token: []\n  - apiKey: []\n"),
            edits(SECURITY, "security:\n  - token: []\n    apiKey: []\n")),
        triggers("api-security-scheme-changed", edits("scheme: bearer", "scheme: basic"),
            edits("scheme: bearer", "scheme: bearer, description: a token")),
        triggers("new-required-request-parameter", edits(LIMIT, LIMIT + "\n        - {name: dryRun, in: query, required: true, schema: {type: boolean}}"),
            edits(LIMIT, LIMIT + "\n        - {name: dryRun, in: query, required: false, schema: {type: boolean}}")),
        triggers("new-optional-request-parameter", edits(LIMIT, LIMIT + "\n        - {name: dryRun, in: query, required: false, schema: {type: boolean}}"),
            edits(LIMIT, LIMIT + "\n        - {name: dryRun, in: query, required: true, schema: {type: boolean}}")),
        triggers("request-parameter-removed", edits("        - " + LIMIT + "\n", ""), edits("name: limit, in: query", "name: limit, in: header")),
        triggers("request-parameter-became-required", edits("name: limit, in: query, required: false", "name: limit, in: query, required: true"),
            edits("name: X-Tenant, in: header, required: true", "name: X-Tenant, in: header, required: false")),
        triggers("request-parameter-became-optional", edits("name: X-Tenant, in: header, required: true", "name: X-Tenant, in: header, required: false"),
            edits("name: limit, in: query, required: false", "name: limit, in: query, required: true")),
        triggers("request-parameter-location-changed", edits("name: limit, in: query", "name: limit, in: header"),
            edits("name: X-Tenant", "name: x-tenant")),
        new Case("request-body-became-required", edits(BODY_REQUIRED, "      requestBody:\n        required: false\n"), edits(BODY_REQUIRED, BODY_REQUIRED),
            edits(BODY_REQUIRED, "      requestBody:\n        required: false\n        description: optional\n")),
        triggers("request-body-became-optional", edits(BODY_REQUIRED, "      requestBody:\n        required: false\n"),
            edits(BODY_REQUIRED, BODY_REQUIRED + "        description: the thing\n")),
        triggers("request-body-removed", edits(BODY_REQUIRED + "        content:\n" + REQUEST_MEDIA, ""),
            edits(REQUEST_MEDIA, "          application/vnd.segment.v1alpha+json:\n            schema: {$ref: '#/components/schemas/ThingInput'}\n")),
        triggers("request-body-media-type-removed",
            edits(REQUEST_MEDIA, "          application/vnd.segment.v1alpha+json:\n            schema: {$ref: '#/components/schemas/ThingInput'}\n"),
            edits(REQUEST_MEDIA, swappedRequestMedia)),
        triggers("request-body-media-type-added", edits(REQUEST_MEDIA, REQUEST_MEDIA + "          text/plain:\n            schema: {type: string}\n"),
            edits(REQUEST_MEDIA, swappedRequestMedia)),
        triggers("new-required-request-property", edits(INPUT_REQUIRED, "        probe: %PROBE%\n        size: {type: integer}\n      required: [name, size]\n"),
            edits(INPUT_REQUIRED, "        probe: %PROBE%\n        size: {type: integer}\n      required: [name]\n")),
        triggers("new-optional-request-property", edits(INPUT_REQUIRED, "        probe: %PROBE%\n        size: {type: integer}\n      required: [name]\n"),
            edits(INPUT_REQUIRED, "        probe: %PROBE%\n        size: {type: integer}\n      required: [name, size]\n")),
        triggers("request-property-removed", edits(COLOUR, ""), edits(COLOUR, "", "      required: [name]\n", closed)),
        new Case("request-property-removed-from-closed-schema", edits("      required: [name]\n", closed),
            edits("      required: [name]\n", closed, COLOUR, ""), edits("      required: [name]\n", "      required: [name]\n", COLOUR, "")),
        triggers("request-property-became-required", edits("required: [name]", "required: [name, colour]"),
            edits("required: [id, name]", "required: [id, name, note]")),
        triggers("request-property-became-optional", edits("      required: [name]\n", ""), edits("required: [id, name]", "required: [id]")),
        triggers("response-success-status-removed", edits("'200': {description: gone}", "'204': {description: gone}"),
            edits("        '404':\n          description: missing\n", "")),
        triggers("response-non-success-status-removed", edits("        '404':\n          description: missing\n", ""),
            edits("'200': {description: gone}", "'204': {description: gone}")),
        triggers("response-success-status-added", edits("'200': {description: gone}", "'200': {description: gone}\n        '202': {description: later}"),
            edits("'200': {description: gone}", "'200': {description: gone}\n        '409': {description: busy}")),
        triggers("response-non-success-status-added", edits("'200': {description: gone}", "'200': {description: gone}\n        '409': {description: busy}"),
            edits("'200': {description: gone}", "'200': {description: gone}\n        '202': {description: later}")),
        triggers("response-media-type-removed",
            edits(RESPONSE_MEDIA, "            application/vnd.segment.v1alpha+json:\n              schema: {$ref: '#/components/schemas/ThingOutput'}\n"),
            edits(RESPONSE_MEDIA, swappedResponseMedia)),
        triggers("response-media-type-added", edits(RESPONSE_MEDIA, RESPONSE_MEDIA + "            text/csv:\n              schema: {type: string}\n"),
            edits(RESPONSE_MEDIA, swappedResponseMedia)),
        triggers("required-response-header-removed", edits("            " + REMAINING + "\n", ""), edits(TRACE, "")),
        triggers("optional-response-header-removed", edits(TRACE, ""), edits("            " + REMAINING + "\n", "")),
        triggers("response-header-became-optional", edits(REMAINING, "X-RateLimit-Remaining: {required: false, schema: {type: integer}}"),
            edits(REMAINING, "x-ratelimit-remaining: {required: true, schema: {type: integer}}")),
        triggers("response-required-property-added", edits(OUTPUT_REQUIRED, "        size: {type: integer}\n      required: [id, name, size]\n"),
            edits(INPUT_REQUIRED, "        probe: %PROBE%\n        size: {type: integer}\n      required: [name, size]\n")),
        triggers("response-optional-property-added", edits(OUTPUT_REQUIRED, "        size: {type: integer}\n" + OUTPUT_REQUIRED),
            edits(INPUT_REQUIRED, "        probe: %PROBE%\n        size: {type: integer}\n      required: [name]\n")),
        triggers("response-required-property-removed", edits("required: [id, name]", "required: [id]", "        id: {type: string}\n        name: {type: string}\n", "        id: {type: string}\n"),
            edits(NOTE, "")),
        triggers("response-optional-property-removed", edits(NOTE, ""),
            edits("required: [id, name]", "required: [id]", "        id: {type: string}\n        name: {type: string}\n", "        id: {type: string}\n")),
        triggers("response-property-became-optional", edits("required: [id, name]", "required: [id]"), edits("      required: [name]\n", "")),
        triggers("response-property-became-required", edits("required: [id, name]", "required: [id, name, note]"),
            edits("required: [name]", "required: [name, colour]")),
        triggers("api-version-decreased", edits(VERSION, "  version: 0.9.0"), edits(VERSION, "  version: 1.1.0")),
        triggers("api-major-version-not-bumped", edits(PURGE, "", VERSION, "  version: 1.1.0"), edits(PURGE, "", VERSION, "  version: 2.0.0")),
        triggers("api-version-not-bumped", edits(NOTE, NOTE + "        extra: {type: string}\n"),
            edits(NOTE, NOTE + "        extra: {type: string}\n", VERSION, "  version: 1.1.0")),
        triggers("api-version-not-semantic", edits(VERSION, "  version: v2"), edits(VERSION, "  version: 1.0.1")));
  }

  static Stream<SchemaCase> schemaCases() {
    String array = "{type: array, items: {type: string}, %s}";
    return Stream.of(
        new SchemaCase(SchemaChange.TYPE_CHANGED, "{type: string}", "{type: integer}", "{type: string, description: other}"),
        new SchemaCase(SchemaChange.FORMAT_CHANGED, "{type: string, format: date}", "{type: string, format: date-time}",
            "{type: string, format: date, example: '2020-01-01'}"),
        new SchemaCase(SchemaChange.FORMAT_GENERALIZED, "{type: string, format: date}", "{type: string}", "{type: string, format: date-time}"),
        new SchemaCase(SchemaChange.FORMAT_SPECIALIZED, "{type: string}", "{type: string, format: uuid}", "{type: string, description: an id}"),
        new SchemaCase(SchemaChange.BECAME_NULLABLE, "{type: string}", "{type: string, nullable: true}", "{type: string, nullable: false}"),
        new SchemaCase(SchemaChange.BECAME_NOT_NULLABLE, "{type: string, nullable: true}", "{type: string}",
            "{type: string, nullable: true, description: may be null}"),
        new SchemaCase(SchemaChange.ENUM_VALUE_ADDED, "{type: string, enum: [A, B]}", "{type: string, enum: [A, B, C]}", "{type: string, enum: [B, A]}"),
        new SchemaCase(SchemaChange.ENUM_VALUE_REMOVED, "{type: string, enum: [A, B]}", "{type: string, enum: [A]}", "{type: string, enum: [B, A]}"),
        new SchemaCase(SchemaChange.BECAME_ENUM, "{type: string}", "{type: string, enum: [A]}", "{type: string, example: A}"),
        new SchemaCase(SchemaChange.MAX_LENGTH_DECREASED, "{type: string, maxLength: 10}", "{type: string, maxLength: 5}", "{type: string, maxLength: 20}"),
        new SchemaCase(SchemaChange.MAX_LENGTH_INCREASED, "{type: string, maxLength: 10}", "{type: string, maxLength: 20}", "{type: string, maxLength: 5}"),
        new SchemaCase(SchemaChange.MIN_LENGTH_INCREASED, "{type: string, minLength: 2}", "{type: string, minLength: 3}", "{type: string, minLength: 1}"),
        new SchemaCase(SchemaChange.MIN_LENGTH_DECREASED, "{type: string, minLength: 2}", "{type: string, minLength: 1}", "{type: string, minLength: 3}"),
        new SchemaCase(SchemaChange.MAX_DECREASED, "{type: integer, maximum: 10}", "{type: integer, maximum: 10, exclusiveMaximum: true}",
            "{type: integer, maximum: 20}"),
        new SchemaCase(SchemaChange.MAX_INCREASED, "{type: integer, maximum: 10}", "{type: integer}", "{type: integer, maximum: 5}"),
        new SchemaCase(SchemaChange.MIN_INCREASED, "{type: integer}", "{type: integer, minimum: 1}", "{type: integer, description: any}"),
        new SchemaCase(SchemaChange.MIN_DECREASED, "{type: integer, minimum: 1}", "{type: integer, minimum: 0}", "{type: integer, minimum: 2}"),
        new SchemaCase(SchemaChange.MAX_ITEMS_DECREASED, array.formatted("maxItems: 10"), array.formatted("maxItems: 5"), array.formatted("maxItems: 20")),
        new SchemaCase(SchemaChange.MAX_ITEMS_INCREASED, array.formatted("maxItems: 10"), array.formatted("maxItems: 20"), array.formatted("maxItems: 5")),
        new SchemaCase(SchemaChange.MIN_ITEMS_INCREASED, array.formatted("minItems: 1"), array.formatted("minItems: 2"), array.formatted("minItems: 0")),
        new SchemaCase(SchemaChange.MIN_ITEMS_DECREASED, array.formatted("minItems: 1"), array.formatted("minItems: 0"), array.formatted("minItems: 2")),
        new SchemaCase(SchemaChange.PATTERN_ADDED, "{type: string}", "{type: string, pattern: '^a'}", "{type: string, description: '^a'}"),
        new SchemaCase(SchemaChange.PATTERN_CHANGED, "{type: string, pattern: '^a'}", "{type: string, pattern: '^b'}",
            "{type: string, pattern: '^a', description: starts with a}"),
        new SchemaCase(SchemaChange.ONE_OF_ADDED, "{oneOf: [{type: string}, {type: integer}]}",
            "{oneOf: [{type: string}, {type: integer}, {type: boolean}]}", "{oneOf: [{type: string}, {type: integer}], description: either}"),
        new SchemaCase(SchemaChange.ONE_OF_REMOVED, "{oneOf: [{type: string}, {type: integer}]}", "{oneOf: [{type: string}]}",
            "{oneOf: [{type: string}, {type: integer}], description: either}"),
        new SchemaCase(SchemaChange.ANY_OF_ADDED, "{anyOf: [{type: string}, {type: integer}]}",
            "{anyOf: [{type: string}, {type: integer}, {type: boolean}]}", "{anyOf: [{type: string}, {type: integer}], description: either}"),
        new SchemaCase(SchemaChange.ANY_OF_REMOVED, "{anyOf: [{type: string}, {type: integer}]}", "{anyOf: [{type: string}]}",
            "{anyOf: [{type: string}, {type: integer}], description: either}"),
        new SchemaCase(SchemaChange.PATTERN_REMOVED, "{type: string, pattern: '^a'}", "{type: string}", "{type: string, pattern: '^a', example: abc}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleFiresOnItsChange_andStaysQuietOnTheLookalike(Case c) {
    Rule rule = Rules.find(c.rule()).orElseThrow(() -> new AssertionError("no rule " + c.rule()));
    DiffOptions options = DiffOptions.builder().today(ThingsFixture.TODAY).build();
    String probe = ThingsFixture.DEFAULT_PROBE;

    DiffResult triggered = ThingsFixture.diff(probe, probe, c.base(), merged(c.base(), c.trigger()), options);
    DiffResult lookalike = ThingsFixture.diff(probe, probe, c.base(), merged(c.base(), c.lookalike()), options);

    assertThat(triggered.findings(c.rule())).as("findings of %s on its trigger: %s", c.rule(), triggered.findings())
        .isNotEmpty().allSatisfy(f -> {
          assertThat(f.level()).isEqualTo(rule.level());
          assertThat(f.side()).isEqualTo(rule.side());
        });
    assertThat(lookalike.findings(c.rule())).as("findings of %s on the look-alike", c.rule()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaCases")
  void schemaRuleFiresOnEverySideItExists_andStaysQuietOnTheLookalike(SchemaCase c) {
    DiffOptions options = DiffOptions.builder().today(ThingsFixture.TODAY).build();
    DiffResult triggered = ThingsFixture.diff(c.before(), c.trigger(), none(), none(), options);
    DiffResult lookalike = ThingsFixture.diff(c.before(), c.lookalike(), none(), none(), options);
    int sides = 0;
    for (Place place : Place.values()) {
      var rule = Rules.schema(place, c.change());
      if (rule.isEmpty()) {
        continue;
      }
      sides++;
      assertThat(triggered.findings(rule.get().id())).as("%s on %s", rule.get().id(), triggered.findings())
          .isNotEmpty().allSatisfy(f -> assertThat(f.level()).isEqualTo(rule.get().level()));
      assertThat(lookalike.findings(rule.get().id())).as("%s on the look-alike", rule.get().id()).isEmpty();
    }
    assertThat(sides).isPositive();
  }

  @Test
  void everyRuleHasACase() {
    Set<String> covered = new LinkedHashSet<>();
    cases().forEach(c -> covered.add(c.rule()));
    schemaCases().forEach(c -> {
      for (Place place : Place.values()) {
        Rules.schema(place, c.change()).ifPresent(rule -> covered.add(rule.id()));
      }
    });
    assertThat(covered).containsExactlyInAnyOrderElementsOf(Rules.all().stream().map(Rule::id).toList());
  }

  /** The revision starts from the base's edits, so a case only states what it changes. */
  private static List<Edit> merged(List<Edit> base, List<Edit> revision) {
    List<Edit> all = new ArrayList<>();
    for (Edit edit : base) {
      boolean overridden = revision.stream().anyMatch(r -> r.from().equals(edit.from()));
      if (!overridden) {
        all.add(edit);
      }
    }
    all.addAll(revision);
    return all;
  }
}
