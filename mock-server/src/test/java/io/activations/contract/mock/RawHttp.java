package io.activations.contract.mock;

import static org.assertj.core.api.Assertions.fail;

import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import io.activations.contract.validation.ContractValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Plain java.net.http calls to the mock, for requests a typed client would never send. Every
 * answer to a request that names an operation is checked against the spec with the contract
 * validator, so any test using this also proves the mock never sends what the spec does not allow.
 */
final class RawHttp {

  static final String TOKEN_A = "mock-token-workspace-a";
  static final String TOKEN_B = "mock-token-workspace-b";
  static final String VENDOR_JSON = "application/vnd.segment.v1alpha+json";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private static final ContractValidator VALIDATOR = new ContractValidator(Spec.bundled());

  private final URI base;
  private final String authorization;

  RawHttp(URI base) {
    this(base, "Bearer " + TOKEN_A);
  }

  private RawHttp(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  RawHttp withToken(String token) {
    return new RawHttp(base, "Bearer " + token);
  }

  RawHttp withAuthorization(String header) {
    return new RawHttp(base, header);
  }

  RawHttp anonymous() {
    return new RawHttp(base, null);
  }

  Answer get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, (String) null);
  }

  Answer delete(String path) {
    return send("DELETE", path, null, (String) null);
  }

  Answer post(String path, String json) {
    return send("POST", path, VENDOR_JSON, json);
  }

  Answer patch(String path, String json) {
    return send("PATCH", path, VENDOR_JSON, json);
  }

  Answer send(String method, String pathAndQuery, String contentType, String body) {
    return sendWith(method, pathAndQuery, contentType,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  Answer sendWith(String method, String pathAndQuery, String contentType, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(20))
        .method(method, body);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      Answer answer = new Answer(response.statusCode(), response.headers(), response.body());
      conformsToSpec(method, pathAndQuery, answer);
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fails the test when the mock's answer to an operation breaks the spec. */
  static void conformsToSpec(String method, String pathAndQuery, Answer answer) {
    String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
    Optional<PathMatch> match = Spec.bundled().match(method, path);
    if (match.isEmpty()) {
      return;
    }
    Report report = VALIDATOR.validateResponse(match.get().operation(), answer.toApiResponse());
    if (report.hasErrors()) {
      fail("the mock's " + answer.status() + " answer to " + method + " " + pathAndQuery + " breaks the spec: "
          + report.errors() + "\nbody: " + answer.body());
    }
  }

}
