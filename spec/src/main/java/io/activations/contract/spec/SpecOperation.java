package io.activations.contract.spec;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One operation of the document, indexed for lookups.
 *
 * @param operationId the operation's id (unique in a linted spec)
 * @param method upper-case HTTP method
 * @param pathTemplate the path as written in the spec, e.g. {@code /spaces/{spaceId}/audiences}
 * @param rateLimit the operation's {@code x-rate-limit-per-minute}
 * @param model the swagger-parser operation
 */
public record SpecOperation(String operationId, String method, String pathTemplate, RateLimit rateLimit, Operation model) {

  public SpecOperation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(model, "model");
  }

  /** Numeric statuses of the responses, in document order ({@code default} and {@code 4XX} ranges are left out). */
  public Set<Integer> declaredStatuses() {
    ApiResponses responses = model.getResponses();
    if (responses == null) {
      return Set.of();
    }
    Set<Integer> statuses = new LinkedHashSet<>();
    for (String code : responses.keySet()) {
      if (code.length() == 3 && code.chars().allMatch(Character::isDigit)) {
        statuses.add(Integer.parseInt(code));
      }
    }
    return Collections.unmodifiableSet(statuses);
  }

  public boolean hasRequestBody() {
    return model.getRequestBody() != null;
  }

  public boolean isRequestBodyRequired() {
    return hasRequestBody() && Boolean.TRUE.equals(model.getRequestBody().getRequired());
  }

  /** {@code POST /spaces/{spaceId}/...}: how the operation is named in messages. */
  public String describe() {
    return method + " " + pathTemplate;
  }
}
