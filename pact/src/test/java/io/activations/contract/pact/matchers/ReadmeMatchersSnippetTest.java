package io.activations.contract.pact.matchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.dsl.DslPart;
import io.activations.contract.spec.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's SpecMatchers snippet runs, builds what it says, and the README shows exactly this code. */
class ReadmeMatchersSnippetTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SPEC_FILE = Path.of("..", "spec", "activations.yaml");
  private static final Path THIS_SOURCE = Path.of("src/test/java/io/activations/contract/pact/matchers/ReadmeMatchersSnippetTest.java");

  @Test
  void snippet_buildsSpecDerivedMatchers() {
    // README snippet start
    SpecMatchers spec = SpecMatchers.bundled();
    DslPart body = spec.response("getActivationFromAudience", 200)
        .only("data.activation.id", "data.activation.enabled")     // the fields this consumer reads
        .build();
    DslPart notFound = spec.response("getActivationFromAudience", 404).only("errors.type", "errors.message").build();
    String contentType = spec.responseContentType("getActivationFromAudience", 200);
    // README snippet end

    String json = body.getBody().serialise();
    assertThat(json).contains("\"id\":\"act_987654321\"").contains("\"enabled\":true").doesNotContain("activationName");
    assertThat(body.getMatchers().toString()).contains("^act_[A-Za-z0-9]+$");
    assertThat(notFound.getBody().serialise()).contains("\"errors\"").contains("\"type\"");
    assertThat(contentType).isEqualTo("application/vnd.segment.v1alpha+json");
  }

  @Test
  void narrowingToAFieldTheSpecDoesNotDeclare_throws() {
    assertThatThrownBy(() -> SpecMatchers.bundled().response("getActivationFromAudience", 200).only("data.activation.colour"))
        .hasMessageContaining("declares no field data.activation.colour");
    assertThatThrownBy(() -> SpecMatchers.bundled().response("getActivationFromAudience", 418))
        .hasMessageContaining("does not declare status 418");
  }

  @Test
  void enumsAndDateTimesGetRegexes() throws Exception {
    // the bundled spec declares no date-time format (the vendor does not): a copy that does
    String withDateTime = Files.readString(SPEC_FILE).replace("createdAt: {type: string,", "createdAt: {type: string, format: date-time,");
    String matchers = SpecMatchers.of(Spec.parse(withDateTime, "date-time copy")).response("listDestinationsFromAudience", 200)
        .only("data.connections.createdAt").build().getMatchers().toString();
    assertThat(matchers).contains("\\d{4}-\\d{2}-\\d{2}T");
    assertThat(SpecMatchers.bundled().response("listDestinationsFromAudience", 200)
        .only("data.connections.createdAt").build().getMatchers().toString())
        .as("a plain string without format is matched by type").doesNotContain("\\d{4}-");
    String types = SpecMatchers.bundled().request("addActivationToAudience").only("activationType").build()
        .getMatchers().toString();
    assertThat(types).contains("Audience Entered|");
  }

  @Test
  void readme_showsTheSnippetThisTestRuns() throws Exception {
    String readme = Files.readString(README);
    Matcher block = Pattern.compile("```java\\n(SpecMatchers spec = .*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("the README's SpecMatchers snippet").isTrue();
    String source = Files.readString(THIS_SOURCE);
    String snippet = source.substring(source.indexOf("// README snippet start") + "// README snippet start".length(),
        source.indexOf("    // README snippet end"));
    assertThat(normalized(block.group(1))).isEqualTo(normalized(snippet));
  }

  private static String normalized(String code) {
    return code.strip().replaceAll("\\s+", " ");
  }
}
