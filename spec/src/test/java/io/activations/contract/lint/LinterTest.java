package io.activations.contract.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import io.activations.contract.testing.Resources;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinterTest {

  private final Linter linter = new Linter();

  static Stream<LintRule> rules() {
    return Linter.standardRules().stream();
  }

  /** {@code lint.retryAfter.missing} is proven by {@code lint/retryAfter.missing.yaml}. */
  private static String fixtureOf(LintRule rule) {
    return "lint/" + rule.key().substring("lint.".length()) + ".yaml";
  }

  private static Spec load(String resource) throws Exception {
    return Spec.parse(Resources.text(resource), resource);
  }

  @Test
  void realSpec_lintsClean() {
    Report report = linter.lint(Spec.bundled());

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void cleanFixture_lintsClean() throws Exception {
    assertThat(linter.lint(load("lint/clean.yaml")).findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRule_rejectsItsBrokenFixture_andNothingElseFires(LintRule rule) throws Exception {
    Report report = linter.lint(load(fixtureOf(rule)));

    assertThat(report.keys()).as(fixtureOf(rule)).containsExactly(rule.key());
    assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.location()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRule_aloneOnItsFixture_reportsErrors(LintRule rule) throws Exception {
    Report report = new Linter(List.of(rule)).lint(load(fixtureOf(rule)));

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.findings()).extracting(Finding::key).containsOnly(rule.key());
  }

  @Test
  void ruleKeys_areUniqueAndDotted() {
    List<String> keys = Linter.standardRules().stream().map(LintRule::key).toList();

    assertThat(keys).doesNotHaveDuplicates().allMatch(key -> key.matches("lint(\\.[a-zA-Z0-9]+)+"));
  }

  @Test
  void sharedComponentBreakingARule_isReportedOnceAtTheComponent() throws Exception {
    Report report = linter.lint(load("lint/retryAfter.missing.yaml"));

    assertThat(report.findings()).singleElement()
        .extracting(Finding::location).isEqualTo("components.responses.TooManyRequests");
  }

  @Test
  void parserMessage_isLocatedInTheSpec() throws Exception {
    Report report = linter.lint(load("lint/openapi.invalid.yaml"));

    assertThat(report.findings()).singleElement()
        .extracting(Finding::location).isEqualTo("components.schemas.ItemInput.requird");
  }
}
