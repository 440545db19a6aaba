package io.activations.contract.gate;

import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The rule tests' base document ({@code fixtures/things.yaml}) and exact-text edits of it. */
final class ThingsFixture {

  /** Sunsets and expiries in the tests are judged on this day. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static final String DEFAULT_PROBE = "{type: string}";
  private static final String TEMPLATE = read();

  private ThingsFixture() {}

  /** Replace {@code from} (which must occur) by {@code to}. */
  record Edit(String from, String to) {}

  static Edit edit(String from, String to) {
    return new Edit(from, to);
  }

  static String text(String probe, List<Edit> edits) {
    String text = TEMPLATE;
    for (Edit edit : edits) {
      if (!text.contains(edit.from())) {
        throw new AssertionError("the fixture has no text '" + edit.from() + "' to edit");
      }
      text = text.replace(edit.from(), edit.to());
    }
    return text.replace("%PROBE%", probe);
  }

  static Spec spec(String probe, List<Edit> edits) {
    try {
      return Spec.parse(text(probe, edits), "things.yaml");
    } catch (SpecLoadException e) {
      throw new AssertionError("edited fixture does not load: " + e.getMessage(), e);
    }
  }

  static DiffResult diff(List<Edit> base, List<Edit> revision) {
    return diff(DEFAULT_PROBE, DEFAULT_PROBE, base, revision, DiffOptions.builder().today(TODAY).build());
  }

  static DiffResult diff(String baseProbe, String revisionProbe, List<Edit> base, List<Edit> revision, DiffOptions options) {
    return ApiDiff.compare(spec(baseProbe, base), spec(revisionProbe, revision), options);
  }

  private static String read() {
    try (InputStream in = ThingsFixture.class.getResourceAsStream("/fixtures/things.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
