package io.activations.contract.suite.internal.report;

import io.activations.contract.suite.SuiteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the JUnit XML, JSON and Markdown reports of a run into one directory. */
public final class SuiteReports {

  private SuiteReports() {}

  public static List<SuiteRenderer> renderers() {
    return List.of(new JunitXmlRenderer(), new JsonRenderer(), new MarkdownRenderer());
  }

  /** Creates {@code directory} if needed; returns the files written. */
  public static List<Path> writeAll(SuiteResult result, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (SuiteRenderer renderer : renderers()) {
      Path file = directory.resolve(renderer.fileName());
      Files.writeString(file, renderer.render(result), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }
}
