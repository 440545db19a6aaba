package io.activations.contract.pact.check;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.util.List;

/**
 * One interaction of a pact file, converted into the project's neutral HTTP model.
 *
 * @param type the V4 type ({@code Synchronous/HTTP}, ...); earlier versions are always HTTP
 * @param request null when the interaction is not HTTP
 * @param response null when the interaction is not HTTP
 */
public record PactInteraction(String description, List<String> states, String type, ApiRequest request,
    ApiResponse response) {

  public boolean isHttp() {
    return request != null && response != null;
  }

  /** {@code description (given a, b)} as findings name it. */
  public String label() {
    return "'" + description + "'" + (states.isEmpty() ? "" : " given " + String.join(", ", states));
  }
}
