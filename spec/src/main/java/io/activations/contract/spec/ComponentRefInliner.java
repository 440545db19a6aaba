package io.activations.contract.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * swagger-parser's {@code resolve} leaves some component refs in place (response headers in
 * particular), so a caller reading {@code response.getHeaders()} would see empty {@code $ref}
 * shells. This replaces local refs to parameters, request bodies, responses and headers by the
 * component they name. Schema refs stay: their names matter to generators, and the raw document
 * resolves them for validation.
 */
final class ComponentRefInliner {

  private static final int MAX_DEPTH = 8;

  private ComponentRefInliner() {}

  static void inline(OpenAPI model) {
    Components components = model.getComponents() == null ? new Components() : model.getComponents();
    if (model.getPaths() == null) {
      return;
    }
    for (PathItem item : model.getPaths().values()) {
      inlineParameters(item.getParameters(), components);
      for (Operation operation : item.readOperations()) {
        inlineParameters(operation.getParameters(), components);
        if (operation.getRequestBody() != null) {
          operation.setRequestBody(follow(operation.getRequestBody(), RequestBody::get$ref, components.getRequestBodies()));
        }
        if (operation.getResponses() != null) {
          operation.getResponses().replaceAll((status, response) -> {
            ApiResponse resolved = follow(response, ApiResponse::get$ref, components.getResponses());
            if (resolved.getHeaders() != null) {
              resolved.getHeaders().replaceAll((name, header) -> follow(header, Header::get$ref, components.getHeaders()));
            }
            return resolved;
          });
        }
      }
    }
  }

  private static void inlineParameters(List<Parameter> parameters, Components components) {
    if (parameters != null) {
      parameters.replaceAll(p -> follow(p, Parameter::get$ref, components.getParameters()));
    }
  }

  /** The component a {@code #/components/<kind>/<name>} ref names; the original when it is no such ref. */
  private static <T> T follow(T value, Function<T, String> ref, Map<String, T> byName) {
    T current = value;
    for (int depth = 0; depth < MAX_DEPTH && current != null && ref.apply(current) != null && byName != null; depth++) {
      String target = ref.apply(current);
      if (!target.startsWith("#/components/")) {
        return current;
      }
      T next = byName.get(target.substring(target.lastIndexOf('/') + 1));
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
