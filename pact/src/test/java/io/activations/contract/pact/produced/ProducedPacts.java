package io.activations.contract.pact.produced;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The pact files the consumer tests of this module wrote in the build's test phase. */
final class ProducedPacts {

  private ProducedPacts() {}

  static Path folder() {
    return Path.of(System.getProperty("pacts.produced", "target/pacts"));
  }

  static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(folder())) {
      List<Path> pacts = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(pacts).as("pact files in " + folder() + " (written by the consumer tests)").isNotEmpty();
      return pacts;
    }
  }
}
