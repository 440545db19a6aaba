package io.activations.contract.clients;

import static org.assertj.core.api.Assertions.fail;

import io.activations.contract.generator.GeneratedClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tsc at the version pinned in {@code toolchains/typescript/package-lock.json}, installed with
 * {@code npm ci} into {@code target/typescript-toolchain}, and Node 18 or newer (the client calls
 * the platform's fetch) to run the program.
 */
final class TypeScriptToolchain implements Toolchain {

  static final String INSTALL_NODE = "apt-get update && apt-get install -y nodejs npm";
  private static final String TOOLCHAIN = "/toolchains/typescript/";
  private static final Path INSTALLED = Path.of("target", "typescript-toolchain").toAbsolutePath();
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(5);
  private static final int OLDEST_NODE_WITH_FETCH = 18;

  @Override
  public List<String> build(GeneratedClient client, Path program) throws Exception {
    Path node = CommandRunner.require("node", INSTALL_NODE);
    requireNodeWithFetch(node);
    Path tsc = installTsc();

    // the package as its consumers build it (its own tsconfig.json: dist/ with .js and .d.ts) ...
    CommandRunner.run(client.directory(), Map.of(), COMPILE_TIMEOUT,
        List.of(node.toString(), tsc.toString(), "-p", "tsconfig.json")).succeeded();
    // ... and the program, type-checked strictly against the package's declarations
    CommandRunner.run(program, Map.of(), COMPILE_TIMEOUT, List.of(node.toString(), tsc.toString(),
        "--strict", "--target", "es2020", "--module", "commonjs", "--lib", "es2020,dom",
        "--types", "node", "--typeRoots", INSTALLED.resolve("node_modules/@types").toString(),
        "client-program.ts")).succeeded();
    return List.of(node.toString(), program.resolve("client-program.js").toString());
  }

  private static void requireNodeWithFetch(Path node) throws Exception {
    String version = CommandRunner.run(Path.of("."), Map.of(), COMPILE_TIMEOUT, List.of(node.toString(), "--version"))
        .succeeded().stdout().strip();
    Matcher major = Pattern.compile("v(\\d+)\\.").matcher(version);
    if (!major.lookingAt() || Integer.parseInt(major.group(1)) < OLDEST_NODE_WITH_FETCH) {
      fail("node %s has no fetch; Node %d or newer is needed: %s", version, OLDEST_NODE_WITH_FETCH, INSTALL_NODE);
    }
  }

  /** npm ci from the committed lock file, once per lock file content. */
  private static Path installTsc() throws Exception {
    Path tsc = INSTALLED.resolve("node_modules/typescript/bin/tsc");
    byte[] lock = resource("package-lock.json");
    Path installedLock = INSTALLED.resolve("package-lock.json");
    if (Files.isRegularFile(tsc) && Files.isRegularFile(installedLock)
        && Arrays.equals(Files.readAllBytes(installedLock), lock)) {
      return tsc;
    }
    Path npm = CommandRunner.require("npm", INSTALL_NODE);
    Files.createDirectories(INSTALLED);
    Files.write(INSTALLED.resolve("package.json"), resource("package.json"));
    Files.write(installedLock, lock);
    CommandRunner.run(INSTALLED, Map.of(), INSTALL_TIMEOUT,
        List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--ignore-scripts")).succeeded();
    return tsc;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TypeScriptToolchain.class.getResourceAsStream(TOOLCHAIN + name)) {
      if (in == null) {
        throw new IllegalStateException(TOOLCHAIN + name + " is not on the test class path");
      }
      return in.readAllBytes();
    }
  }
}
