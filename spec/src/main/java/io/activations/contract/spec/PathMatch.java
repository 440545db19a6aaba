package io.activations.contract.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A concrete request path matched to an operation.
 *
 * @param operation the operation whose template matched
 * @param pathParameters the template's parameters, percent-decoded, in template order
 */
public record PathMatch(SpecOperation operation, Map<String, String> pathParameters) {

  public PathMatch {
    Objects.requireNonNull(operation, "operation");
    pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(pathParameters));
  }
}
