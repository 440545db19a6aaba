package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The responses of an operation with their definitions ({@code $ref}s followed). */
final class DeclaredResponses {

  private DeclaredResponses() {}

  /** One response: its status as written and where it is defined. */
  record StatusResponse(String status, Located definition) {

    boolean isError() {
      return status.startsWith("4") || status.startsWith("5");
    }

    /** The declared header of that name, compared case-insensitively, its {@code $ref} followed. */
    Optional<Located> header(LintContext context, String name) {
      Located headers = definition.child("headers");
      for (Iterator<String> it = headers.node().fieldNames(); it.hasNext(); ) {
        String declared = it.next();
        if (declared.equalsIgnoreCase(name)) {
          return Optional.of(context.follow(headers.child(declared)));
        }
      }
      return Optional.empty();
    }
  }

  static List<StatusResponse> of(LintContext context, LintContext.OperationSite site) {
    List<StatusResponse> result = new ArrayList<>();
    Located responses = site.node().child("responses");
    for (Iterator<String> it = responses.node().fieldNames(); it.hasNext(); ) {
      String status = it.next();
      result.add(new StatusResponse(status, context.follow(responses.child(status))));
    }
    return result;
  }
}
