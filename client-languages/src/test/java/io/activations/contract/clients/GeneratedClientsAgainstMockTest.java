package io.activations.contract.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.generator.ClientGenerator;
import io.activations.contract.generator.GeneratedClient;
import io.activations.contract.generator.Language;
import io.activations.contract.mock.MockServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each language's client, generated from the spec, compiled with that language's own toolchain
 * and run against the embedded mock by a small program that does what a consumer does: create a
 * connection and an activation, read it back, list a page, and meet a 404 and a 429. The program
 * prints key=value lines; the same expectations hold for every language.
 */
@ExtendWith(MockServerExtension.class)
class GeneratedClientsAgainstMockTest {

  static final Path SPEC = Path.of("../spec/activations.yaml").toAbsolutePath().normalize();
  static final String TOKEN = "mock-token-workspace-a";
  static final String SPACE = "spa_9aQ1Lj62S4bomZKLF4DPqW";
  static final String AUDIENCE = "aud_0ujsszwN8NRY24YaXiTIE2VWDTS";
  static final String BRAZE = "dst_2yJ8pF4nQ6rT0vX3zB5cD7";
  static final String BRAZE_ACTION = "5vKpRbHyM2f7Sx8Ab3nDqT";
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
  private static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  void generatedClient_compiledWithItsToolchain_worksAgainstTheMock(Language language, URI baseUri) throws Exception {
    Path work = emptyDirectory(Path.of("target", "client-languages", language.id()).toAbsolutePath());
    GeneratedClient client = ClientGenerator.generate(language, SPEC, work.resolve("client"));
    Path program = copyProgram(language, work.resolve("program"));
    List<String> command = new ArrayList<>(Toolchain.of(language).build(client, program));
    command.addAll(List.of(baseUri.toString().replaceAll("/$", ""), TOKEN, SPACE, AUDIENCE, BRAZE, BRAZE_ACTION));

    Map<String, String> printed = transcript(CommandRunner.run(program, Map.of(), RUN_TIMEOUT, command).succeeded().stdout());

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(printed.get("connection.id")).as("connection.id").matches("ii_\\w+");
    softly.assertThat(printed.get("activation.id")).as("activation.id").matches("act_\\w+");
    softly.assertThat(printed.get("read.id")).as("read.id").isEqualTo(printed.get("activation.id"));
    softly.assertThat(printed.get("read.name")).as("read.name").isEqualTo("Generated client check");
    softly.assertThat(printed.get("read.connectionId")).as("read.connectionId").isEqualTo(printed.get("connection.id"));
    softly.assertThat(printed.get("read.type")).as("read.type").isEqualTo("Audience Entered");
    softly.assertThat(printed.get("page.size")).as("page.size").isEqualTo("1");
    softly.assertThat(printed.get("page.next")).as("page.next").isEqualTo("true");
    softly.assertThat(printed.get("missing.status")).as("missing.status").isEqualTo("404");
    softly.assertThat(printed.get("limited.status")).as("limited.status").isEqualTo("429");
    softly.assertThat(printed.get("limited.retryAfter")).as("limited.retryAfter").matches("\\d+");
    softly.assertThat(printed.get("limited.remaining")).as("limited.remaining").isEqualTo("0");
    softly.assertThat(printed.get("limited.consumed")).as("limited.consumed").matches("\\d+");
    softly.assertThat(printed.get("limited.reset")).as("limited.reset").matches(IMF_FIXDATE);
    softly.assertThat(printed.get("newer.name")).as("newer.name: a newer answer with an unknown field is read").isEqualTo("Newer");
    softly.assertThat(printed.get("newer.type")).as("newer.type: an activation type this document lacks is kept as sent")
        .isEqualTo("Some Later Type");
    softly.assertAll();
  }

  @Test
  void transcript_readsKeyValueLinesAndIgnoresOthers() {
    assertThat(transcript("a=1\nnoise\nb=x=y\n")).containsExactly(Map.entry("a", "1"), Map.entry("b", "x=y"));
  }

  /** The program's key=value lines. */
  static Map<String, String> transcript(String stdout) {
    Map<String, String> lines = new LinkedHashMap<>();
    stdout.lines().filter(line -> line.contains("=")).forEach(line -> {
      int separator = line.indexOf('=');
      lines.put(line.substring(0, separator), line.substring(separator + 1));
    });
    return lines;
  }

  private static Path copyProgram(Language language, Path target) throws IOException {
    Files.createDirectories(target);
    String folder = "/programs/" + language.id() + "/";
    for (String name : programFiles(language)) {
      try (InputStream in = GeneratedClientsAgainstMockTest.class.getResourceAsStream(folder + name)) {
        assertThat(in).as(folder + name + " on the test class path").isNotNull();
        Files.copy(in, target.resolve(name));
      }
    }
    return target;
  }

  private static List<String> programFiles(Language language) {
    return switch (language) {
      case JAVA -> List.of("ClientProgram.java");
      case TYPESCRIPT -> List.of("client-program.ts");
      case GO -> List.of("main.go", "go.mod");
    };
  }

  private static Path emptyDirectory(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory);
  }
}
