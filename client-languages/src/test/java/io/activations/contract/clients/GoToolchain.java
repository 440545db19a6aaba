package io.activations.contract.clients;

import io.activations.contract.generator.GeneratedClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The go command of Debian's golang-go. The program's module replaces the client's module path
 * with the generated folder, so building the program compiles the client; GOPROXY=off proves that
 * it downloads no module.
 */
final class GoToolchain implements Toolchain {

  static final String INSTALL_GO = "apt-get update && apt-get install -y golang-go";
  /** No module proxy: a client that needs a third-party module fails to build instead of fetching it. */
  static final Map<String, String> OFFLINE = Map.of("GOPROXY", "off", "GOFLAGS", "-mod=mod");
  private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(5);

  @Override
  public List<String> build(GeneratedClient client, Path program) throws Exception {
    Path go = CommandRunner.require("go", INSTALL_GO);
    CommandRunner.run(program, OFFLINE, COMPILE_TIMEOUT,
        List.of(go.toString(), "build", "-o", "client-program", ".")).succeeded();
    return List.of(program.resolve("client-program").toString());
  }
}
