package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.suite.internal.check.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request before it is sent: the operation, its parameter values, which credential it carries,
 * and its body. Immutable; each {@code with...} returns a changed copy, so a negative case is the
 * positive draft with one thing changed.
 */
record RequestDraft(
    SpecOperation operation,
    Map<String, String> pathParameters,
    Map<String, List<String>> query,
    Credential credential,
    String accept,
    String contentType,
    byte[] body) {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

  RequestDraft {
    Objects.requireNonNull(operation, "operation");
    pathParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    query = java.util.Collections.unmodifiableMap(copy);
    Objects.requireNonNull(credential, "credential");
    body = body == null ? new byte[0] : body;
  }

  static RequestDraft of(SpecOperation operation, Map<String, String> pathParameters, String accept) {
    return new RequestDraft(operation, pathParameters, Map.of(), Credential.TOKEN, accept, null, null);
  }

  RequestDraft withPathParameter(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(pathParameters);
    changed.put(name, value);
    return new RequestDraft(operation, changed, query, credential, accept, contentType, body);
  }

  RequestDraft withQuery(String name, String value) {
    Map<String, List<String>> changed = new LinkedHashMap<>(query);
    changed.put(name, List.of(value));
    return new RequestDraft(operation, pathParameters, changed, credential, accept, contentType, body);
  }

  RequestDraft withCredential(Credential value) {
    return new RequestDraft(operation, pathParameters, query, value, accept, contentType, body);
  }

  RequestDraft withBody(String type, byte[] bytes) {
    return new RequestDraft(operation, pathParameters, query, credential, accept, type, bytes);
  }

  RequestDraft withBody(String type, String text) {
    return withBody(type, text.getBytes(StandardCharsets.UTF_8));
  }

  RequestDraft withJson(JsonNode json) {
    return withBody(contentType, Json.bytes(json));
  }

  RequestDraft withoutBody() {
    return new RequestDraft(operation, pathParameters, query, credential, accept, null, null);
  }

  /** The body as JSON; a draft built from an example always has one. */
  JsonNode json() {
    return Json.parse(body).orElseThrow(() -> new IllegalStateException(operation.operationId() + ": the draft has no JSON body"));
  }

  /** The concrete path: the template with every parameter percent-encoded as a path segment. */
  String path() {
    Matcher matcher = PARAMETER.matcher(operation.pathTemplate());
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = pathParameters.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(operation.operationId() + ": no value for path parameter " + matcher.group(1));
      }
      matcher.appendReplacement(path, Matcher.quoteReplacement(PathSegments.encode(value)));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /** The request as it goes on the wire, token included: only for the transport. */
  ApiRequest toRequest(Secret token) {
    return build(credential.header(token).orElse(null));
  }

  /** The request as it is stored and printed: the token masked. */
  ApiRequest toMaskedRequest() {
    return build(credential.maskedHeader().orElse(null));
  }

  private ApiRequest build(String authorization) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (accept != null) {
      headers.put("Accept", List.of(accept));
    }
    if (authorization != null) {
      headers.put("Authorization", List.of(authorization));
    }
    if (contentType != null) {
      headers.put("Content-Type", List.of(contentType));
    }
    return new ApiRequest(operation.method(), path(), query, headers, body);
  }
}
