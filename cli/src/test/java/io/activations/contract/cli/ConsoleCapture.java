package io.activations.contract.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a command printed on System.out and System.err during one test (ContractCli.run writes
 * there); the streams are restored after each test. Use with {@code @RegisterExtension}.
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

  private ByteArrayOutputStream out;
  private ByteArrayOutputStream err;
  private PrintStream originalOut;
  private PrintStream originalErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what was printed so far: for a test that runs several commands. */
  void reset() {
    out.reset();
    err.reset();
  }
}
