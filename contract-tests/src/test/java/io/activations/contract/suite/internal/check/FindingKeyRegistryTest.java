package io.activations.contract.suite.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.validation.ContractValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the suite reports is registered once, with a level, a provenance and a meaning. */
class FindingKeyRegistryTest {

  private static final Path MAIN_SOURCES = Path.of("src/main/java");
  /** A string literal that reads like a finding key of one of the registered families. */
  private static final Pattern KEY_LITERAL;
  /** Where findings may be built from a key: the tally (from the registry) and the softening of house rules. */
  private static final Set<String> FINDING_BUILDERS = Set.of("Tally.java", "RuleEnforcement.java");

  static {
    String prefixes = Arrays.stream(FindingKey.values()).map(k -> Pattern.quote(k.key().substring(0, k.key().indexOf('.'))))
        .distinct().collect(Collectors.joining("|"));
    KEY_LITERAL = Pattern.compile("\"((?:" + prefixes + ")\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)?)\"");
  }

  @Test
  void registry_keysAreUniqueDottedAndExplained() {
    List<String> keys = Arrays.stream(FindingKey.values()).map(FindingKey::key).toList();

    assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z]+(\\.[a-zA-Z]+)*(\\.\\*)?"));
    assertThat(FindingKey.values()).allSatisfy(k -> assertThat(k.meaning()).isNotBlank());
  }

  @Test
  void lookup_findsExactKeysAndFamilyMembers_andNothingElse() {
    assertThat(FindingKey.of("response.body.required")).contains(FindingKey.RESPONSE_BODY);
    assertThat(FindingKey.of("response.body.undeclaredField")).contains(FindingKey.RESPONSE_BODY_UNDECLARED_FIELD);
    assertThat(FindingKey.of("selfcheck.validator.maxLength")).contains(FindingKey.SELFCHECK_VALIDATOR);
    assertThat(FindingKey.of("ratelimit.budget.mismatch")).contains(FindingKey.RATELIMIT_BUDGET_MISMATCH);
    assertThat(FindingKey.of("ratelimit.budget.somethingNew")).isEmpty();
    assertThat(FindingKey.of("response.body.deeper.still")).isEmpty();
  }

  @Test
  void mainCode_namesNoFindingKeyOutsideTheRegistry() throws IOException {
    List<String> freeForm = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString();
        if (name.equals("FindingKey.java")) {
          continue;
        }
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher literal = KEY_LITERAL.matcher(source);
        while (literal.find()) {
          if (looksLikeKey(literal.group(1))) {
            freeForm.add(name + ": " + literal.group(1));
          }
        }
        if (!FINDING_BUILDERS.contains(name) && source.matches("(?s).*(new Finding\\(|Finding\\.(error|warning|info)\\().*")) {
          freeForm.add(name + ": builds a Finding itself instead of going through the registry");
        }
      }
    }
    assertThat(freeForm).as("finding keys must come from FindingKey").isEmpty();
  }

  /** A registered key, or three dotted words (two-word literals such as {@code pagination.next} are field paths). */
  private static boolean looksLikeKey(String literal) {
    return FindingKey.of(literal).isPresent() || literal.split("\\.").length >= 3;
  }

  @Test
  void keyLiteralScan_wouldCatchAFreeFormKey() {
    Matcher freeForm = KEY_LITERAL.matcher("tally.expect(ok, \"ratelimit.header.gone\", name, text)");
    Matcher registered = KEY_LITERAL.matcher("Expect.refused(401, \"auth.notEnforced\", reason)");

    assertThat(freeForm.find() && looksLikeKey(freeForm.group(1))).isTrue();
    assertThat(registered.find() && looksLikeKey(registered.group(1))).isTrue();
    assertThat(KEY_LITERAL.matcher("Expect.status(422, \"a tampered cursor\")").find()).isFalse();
    assertThat(looksLikeKey("pagination.next")).isFalse();
  }

  /** The validator is the one emitter outside this module: every key it reports on broken answers is registered. */
  @Test
  void validator_reportsOnlyRegisteredKeys_onBrokenAnswers() {
    Spec spec = Spec.bundled();
    ContractValidator validator = new ContractValidator(spec);
    Set<String> reported = new TreeSet<>();
    for (SpecOperation operation : spec.operations()) {
      for (ApiResponse broken : brokenAnswers()) {
        validator.validateResponse(operation, broken).findings().stream().map(Finding::key).forEach(reported::add);
      }
    }

    assertThat(reported).as("the broken answers provoke the validator").hasSizeGreaterThan(5);
    assertThat(reported).allSatisfy(key -> assertThat(FindingKey.of(key)).as("registered: %s", key).isPresent());
  }

  private static List<ApiResponse> brokenAnswers() {
    String vendor = "application/vnd.segment.v1alpha+json";
    return List.of(
        ApiResponse.status(200).withBody(vendor, "{\"data\": 5}".getBytes(StandardCharsets.UTF_8)),
        ApiResponse.status(200).withBody(vendor, "{\"data\": {\"unknown\": true}, \"more\": []}".getBytes(StandardCharsets.UTF_8)),
        ApiResponse.status(200).withBody(vendor, "{not json".getBytes(StandardCharsets.UTF_8)),
        ApiResponse.status(200).withBody("text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
        new ApiResponse(200, java.util.Map.of(), "{}".getBytes(StandardCharsets.UTF_8)),
        ApiResponse.status(404).withBody("application/json", "{\"errors\": [{\"type\": 7}]}".getBytes(StandardCharsets.UTF_8)),
        ApiResponse.status(429).withBody("application/json", "{\"errors\": []}".getBytes(StandardCharsets.UTF_8)),
        ApiResponse.status(418).withBody("application/json", "{}".getBytes(StandardCharsets.UTF_8)));
  }
}
