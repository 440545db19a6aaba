package io.activations.contract.pact.check;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.mock.states.ProviderStateNames;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.validation.ContractValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Is every interaction of a pact allowed by the spec? In the spirit of PactFlow's pact-vs-OpenAPI
 * comparator: the request must hit a declared operation and meet its parameters, content type and
 * body schema; the response's status must be declared and what the consumer expects of its headers
 * and body must be what the spec promises. A consumer may expect a subset of the fields (so the
 * spec's {@code required} is not enforced on responses), but not a field the spec does not declare.
 *
 * <p>Keys: the validator's own ({@code request.body.required}, {@code request.parameter.maximum},
 * {@code response.status.undeclared}, ...) plus {@code request.operation.unknown} (no operation for
 * the path and method), {@code response.body.undeclaredField} (an error here), {@code
 * pact.token.real} (an Authorization header holding something other than the mock's example
 * token; a 401 interaction may send a refused one), {@code pact.providerState.unknown} (warning: a state the mock cannot set up) and {@code
 * pact.interaction.skipped} (info: not HTTP). Each finding's location names the file, the
 * interaction's description and states.
 */
public final class PactChecker {

  /** Request findings are expected when the consumer asks for the API's "your request is wrong" answers. */
  private static final Set<Integer> REJECTED_REQUEST = Set.of(400, 413, 415, 422);

  /** What the spec promises but a consumer need not expect (PactFlow drops `required` in responses). */
  private static final Set<String> NOT_EXPECTED_OF_CONSUMERS = Set.of("response.body.required", "response.header.missing");

  private final ContractValidator validator;
  private final Set<String> exampleTokens;

  /**
   * @param exampleTokens the tokens a pact may hold (the mock's fixture tokens): any other bearer
   *     value is taken for a real secret
   */
  public PactChecker(ContractValidator validator, Set<String> exampleTokens) {
    this.validator = validator;
    this.exampleTokens = Set.copyOf(exampleTokens);
  }

  public Report check(PactFile file) {
    List<Finding> findings = new ArrayList<>();
    for (PactInteraction interaction : file.interactions()) {
      String where = file.path() + " " + interaction.label();
      if (!interaction.isHttp()) {
        findings.add(Finding.info("pact.interaction.skipped", where, "a " + interaction.type() + " interaction is not HTTP"));
        continue;
      }
      for (String state : interaction.states()) {
        if (!ProviderStateNames.ALL.contains(state)) {
          findings.add(Finding.warning("pact.providerState.unknown", where,
              "the mock cannot set up the state '" + state + "'; it knows " + ProviderStateNames.ALL));
        }
      }
      if (interaction.response().status() != 401) {
        token(interaction.request(), where, findings);
      }
      findings.addAll(interaction(interaction, where));
    }
    return Report.of(findings);
  }

  private List<Finding> interaction(PactInteraction interaction, String where) {
    ApiRequest request = interaction.request();
    Optional<PathMatch> match = validator.spec().match(request.method(), request.path());
    if (match.isEmpty()) {
      return List.of(Finding.error("request.operation.unknown", where,
          "the spec has no operation " + request.method() + " " + request.path()));
    }
    List<Finding> findings = new ArrayList<>();
    boolean rejectedOnPurpose = REJECTED_REQUEST.contains(interaction.response().status());
    for (Finding finding : validator.validateRequest(match.get(), request).findings()) {
      Level level = rejectedOnPurpose && finding.isError() ? Level.INFO : finding.level();
      String message = (rejectedOnPurpose ? "expected by a " + interaction.response().status() + " interaction: " : "")
          + finding.message();
      findings.add(new Finding(finding.key(), level, message, locate(where, finding)));
    }
    Report response = validator.validateResponse(match.get().operation(), interaction.response());
    for (Finding finding : response.findings()) {
      if (NOT_EXPECTED_OF_CONSUMERS.contains(finding.key())) {
        continue;
      }
      Level level = finding.key().equals("response.body.undeclaredField") ? Level.ERROR : finding.level();
      findings.add(new Finding(finding.key(), level, finding.message(), locate(where, finding)));
    }
    return findings;
  }

  private void token(ApiRequest request, String where, List<Finding> findings) {
    for (String value : request.headerValues("Authorization")) {
      String token = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).trim() : value.trim();
      if (!exampleTokens.contains(token)) {
        findings.add(Finding.error("pact.token.real", where,
            "the Authorization header holds a token that is not one of the mock's example tokens; a pact is shared,"
                + " so it must never carry a real one (the value is not shown)"));
      }
    }
  }

  private static String locate(String where, Finding finding) {
    return finding.location().isEmpty() ? where : where + " " + finding.location();
  }
}
