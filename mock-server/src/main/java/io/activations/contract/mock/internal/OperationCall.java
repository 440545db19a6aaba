package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Map;

/**
 * A request that passed routing, rate limiting, authentication and validation: what an operation
 * handler works with. {@code body} is a MissingNode for operations without a body.
 */
record OperationCall(WorkspaceState workspace, Map<String, String> pathParameters,
    Map<String, List<String>> query, JsonNode body) {

  OperationCall {
    body = body == null ? MissingNode.getInstance() : body;
  }

  String path(String name) {
    String value = pathParameters.get(name);
    if (value == null) {
      throw new IllegalStateException("the route has no path parameter " + name);
    }
    return value;
  }

  /** The first value of a query parameter, or null. */
  String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  SpaceState space() {
    return workspace.space(path("spaceId"));
  }
}
