package io.activations.contract.cli;

import io.activations.contract.spec.Spec;
import io.activations.contract.suite.EmbeddedMockTarget;
import io.activations.contract.suite.FixturesFile;
import io.activations.contract.suite.RemoteTarget;
import io.activations.contract.suite.Secret;
import io.activations.contract.suite.SuiteSetupException;
import io.activations.contract.suite.Target;
import io.activations.contract.suite.internal.fault.Fault;
import io.activations.contract.suite.internal.fault.FaultInjectingTarget;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;

/** Chooses and checks the target of {@code verify}: every way it can be unusable becomes one line, never a stack trace. */
final class VerifyTargets {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

  private VerifyTargets() {}

  static Target create(Spec spec, URI baseUrl, String tokenEnv, Function<String, String> environment, Path fixtures, String fault,
      boolean allowInsecureHttp) throws SuiteSetupException {
    if (baseUrl == null) {
      if (fixtures != null) {
        throw new SuiteSetupException("--fixtures describes a --base-url server; the embedded mock brings its own");
      }
      if (fault != null) {
        Fault chosen = Fault.fromCliName(fault).orElseThrow(() -> new SuiteSetupException(
            "unknown fault '" + fault + "'; one of " + String.join(", ", new FaultNames())));
        return FaultInjectingTarget.start(chosen);
      }
      return EmbeddedMockTarget.start(spec);
    }
    if (fault != null) {
      throw new SuiteSetupException("--inject-fault works with the embedded mock only, not with --base-url");
    }
    if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?") || baseUrl.getHost() == null) {
      throw new SuiteSetupException("--base-url must be an http or https URL, not '" + baseUrl + "'");
    }
    try {
      RemoteTarget.checkTokenTransport(baseUrl, allowInsecureHttp);
    } catch (IllegalArgumentException e) {
      throw new SuiteSetupException(e.getMessage());
    }
    if (fixtures == null) {
      throw new SuiteSetupException("--base-url needs --fixtures FILE naming the server's existing space, audience and destination");
    }
    String token = environment.apply(tokenEnv);
    if (token == null || token.isBlank()) {
      throw new SuiteSetupException("environment variable " + tokenEnv + " is not set; it must hold the API token (see --token-env)");
    }
    RemoteTarget target = RemoteTarget.of(baseUrl, Secret.of(token), FixturesFile.read(fixtures), allowInsecureHttp);
    probe(target.baseUri());
    return target;
  }

  /** Any HTTP answer will do: it proves the server is there before hundreds of cases fail one by one. */
  private static void probe(URI baseUri) throws SuiteSetupException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
    try {
      client.send(HttpRequest.newBuilder(URI.create(baseUri + "/")).timeout(PROBE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new SuiteSetupException("cannot reach " + baseUri + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SuiteSetupException("interrupted while reaching " + baseUri);
    }
  }

  /** The names {@code --inject-fault} accepts, for the help text. */
  static final class FaultNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Fault.values()).map(Fault::cliName).iterator();
    }
  }
}
