package io.activations.contract.clients;

import io.activations.contract.generator.GeneratedClient;
import io.activations.contract.generator.Language;
import java.nio.file.Path;
import java.util.List;

/**
 * A language's own toolchain: compiles a generated client together with the check program of
 * {@code programs/<language>/} and says how to run the result.
 */
interface Toolchain {

  /**
   * Compiles {@code client} and the check program copied into {@code program}; fails the test when
   * the toolchain is missing or the compiler refuses the code.
   *
   * @return the command that runs the compiled program, to which the program's arguments are appended
   */
  List<String> build(GeneratedClient client, Path program) throws Exception;

  static Toolchain of(Language language) {
    return switch (language) {
      case JAVA -> new JavaToolchain();
      case TYPESCRIPT -> new TypeScriptToolchain();
      case GO -> new GoToolchain();
    };
  }
}
