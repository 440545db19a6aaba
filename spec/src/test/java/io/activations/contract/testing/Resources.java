package io.activations.contract.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures read from the test classpath, by the name that says what they are. */
public final class Resources {

  private Resources() {}

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  public static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
