package io.activations.contract.gate.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of compiling one generated client.
 *
 * @param jar the compiled classes, packed as a jar; only meaningful when {@link #compiled()}
 * @param errors the compiler's error messages (file:line: message), empty when it compiled
 * @param sourceFiles how many source files were compiled
 */
public record CompiledClient(Path jar, List<String> errors, int sourceFiles) {

  public CompiledClient {
    Objects.requireNonNull(jar, "jar");
    errors = List.copyOf(errors);
  }

  public boolean compiled() {
    return errors.isEmpty();
  }
}
