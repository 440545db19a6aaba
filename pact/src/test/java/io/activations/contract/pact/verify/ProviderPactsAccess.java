package io.activations.contract.pact.verify;

import java.nio.file.Path;

/** Lets tests of other packages write the verification tests' pacts. */
public final class ProviderPactsAccess {

  private ProviderPactsAccess() {}

  public static Path honoured(Path dir) {
    return ProviderPacts.honoured(dir);
  }
}
