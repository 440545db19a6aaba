package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of the API: returns the {@code data} of a 200 answer or throws {@link ApiProblem}. */
@FunctionalInterface
interface OperationHandler {
  JsonNode handle(OperationCall call);
}
