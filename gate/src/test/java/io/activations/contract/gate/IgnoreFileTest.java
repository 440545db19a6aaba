package io.activations.contract.gate;

import static io.activations.contract.gate.ThingsFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ignore file: accepted findings leave the verdict but stay in the report with their reasons. */
class IgnoreFileTest {

  private static final String LOCATION = "/paths/~1things~1{thingId}/post/x-rate-limit-per-minute";
  private static final List<ThingsFixture.Edit> LOWERED = List.of(edit("x-rate-limit-per-minute: 50", "x-rate-limit-per-minute: 10"),
      edit("  version: 1.0.0", "  version: 2.0.0"));

  private static DiffResult diff(String ignoreYaml) throws IgnoreFileException {
    DiffOptions options = DiffOptions.builder().today(ThingsFixture.TODAY).ignore(IgnoreFile.parse(ignoreYaml, "ignore.yaml")).build();
    return ThingsFixture.diff(ThingsFixture.DEFAULT_PROBE, ThingsFixture.DEFAULT_PROBE, List.of(), LOWERED, options);
  }

  private static String entry(String operation, String location, String extra) {
    return "- rule: rate-limit-lowered\n  operation: " + operation + "\n  location: " + location + "\n  reason: agreed with every caller\n" + extra;
  }

  @Test
  void matchingEntry_acceptsTheFinding_andKeepsItWithTheReason() throws Exception {
    DiffResult result = diff(entry("POST /things/{id}", LOCATION, "  expires: 2027-01-31\n"));

    assertThat(result.isBreaking()).isFalse();
    assertThat(result.fails(Level.ERR)).isFalse();
    assertThat(result.ignored()).singleElement().satisfies(i -> {
      assertThat(i.finding().ruleId()).isEqualTo("rate-limit-lowered");
      assertThat(i.entry().reason()).isEqualTo("agreed with every caller");
    });
    assertThat(new TextDiffRenderer().render(result)).contains("IGNORED rate-limit-lowered").contains("reason: agreed with every caller");
  }

  @Test
  void entryByOperationId_matchesToo() throws Exception {
    assertThat(diff(entry("createThing", LOCATION, "")).ignored()).hasSize(1);
  }

  @Test
  void entryForAnotherLocationOrOperation_matchesNothing_andIsReported() throws Exception {
    DiffResult result = diff(entry("POST /things/{id}", "/paths/~1things/get/x-rate-limit-per-minute", "")
        + entry("DELETE /things", LOCATION, ""));

    assertThat(result.isBreaking()).isTrue();
    assertThat(result.unmatchedIgnores()).hasSize(2);
    assertThat(new TextDiffRenderer().render(result)).contains("UNMATCHED ignore entry (line 1)").contains("UNMATCHED ignore entry (line 5)");
  }

  @Test
  void expiredEntry_failsTheGate_andNoLongerAccepts() throws Exception {
    DiffResult result = diff(entry("POST /things/{id}", LOCATION, "  expires: 2026-11-30\n"));

    assertThat(result.expiredIgnores()).hasSize(1);
    assertThat(result.ignored()).isEmpty();
    assertThat(result.isBreaking()).isTrue();
    assertThat(result.fails(Level.ERR)).isTrue();
  }

  @Test
  void expiredEntry_failsEvenWhenNothingBreaks() throws Exception {
    IgnoreFile file = IgnoreFile.parse(entry("createThing", LOCATION, "  expires: 2020-01-01\n"), "ignore.yaml");
    DiffResult result = ApiDiff.compare(ThingsFixture.spec(ThingsFixture.DEFAULT_PROBE, List.of()),
        ThingsFixture.spec(ThingsFixture.DEFAULT_PROBE, List.of()), DiffOptions.builder().today(ThingsFixture.TODAY).ignore(file).build());

    assertThat(result.findings()).isEmpty();
    assertThat(result.fails(Level.ERR)).isTrue();
  }

  @Test
  void documentLevelFinding_isNamedWithADash() throws Exception {
    IgnoreFile file = IgnoreFile.parse(
        "- rule: api-version-decreased\n  operation: '-'\n  location: /info/version\n  reason: restoring an older release\n", "f");
    DiffOptions options = DiffOptions.builder().today(ThingsFixture.TODAY).ignore(file).build();

    DiffResult result = ThingsFixture.diff(ThingsFixture.DEFAULT_PROBE, ThingsFixture.DEFAULT_PROBE, List.of(),
        List.of(edit("  version: 1.0.0", "  version: 0.9.0")), options);

    assertThat(result.ignored()).extracting(i -> i.finding().ruleId()).containsExactly("api-version-decreased");
    assertThat(result.isBreaking()).isFalse();
  }

  @Test
  void entryOnItsExpiryDay_stillAccepts() throws Exception {
    assertThat(diff(entry("createThing", LOCATION, "  expires: 2026-12-01\n")).ignored()).hasSize(1);
  }

  @Test
  void malformedEntries_areRejectedWithTheLine() {
    assertThatThrownBy(() -> IgnoreFile.parse("- rule: rate-limit-lowered\n  operation: x\n  location: /a\n", "f"))
        .hasMessageContaining("line 1").hasMessageContaining("'reason' is mandatory");
    assertThatThrownBy(() -> IgnoreFile.parse("- rule: no-such-rule\n  operation: x\n  location: /a\n  reason: r\n", "f"))
        .hasMessageContaining("unknown rule 'no-such-rule'");
    assertThatThrownBy(() -> IgnoreFile.parse("- rule: rate-limit-lowered\n  operation: x\n  location: a\n  reason: r\n", "f"))
        .hasMessageContaining("JSON pointer");
    assertThatThrownBy(() -> IgnoreFile.parse(entry("x", "/a", "  expires: soon\n"), "f")).hasMessageContaining("expires must be a date");
    assertThatThrownBy(() -> IgnoreFile.parse(entry("x", "/a", "  fingerprint: abc\n"), "f")).hasMessageContaining("unknown key 'fingerprint'");
    assertThatThrownBy(() -> IgnoreFile.parse("rule: x\n", "f")).hasMessageContaining("expected a list");
    assertThatThrownBy(() -> IgnoreFile.parse("- [\n", "f")).isInstanceOf(IgnoreFileException.class);
  }
}
