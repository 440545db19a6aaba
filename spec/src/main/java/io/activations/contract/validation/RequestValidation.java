package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The request half of the contract: parameters, content type, body. */
final class RequestValidation {

  private RequestValidation() {}

  static Report validate(Contracts.Operation contract, PathMatch match, ApiRequest request) {
    List<Finding> findings = new ArrayList<>(2);
    pathParameters(contract, match, findings);
    queryParameters(contract, request, findings);
    headerParameters(contract, request, findings);
    body(contract, request, findings);
    return findings.isEmpty() ? Report.empty() : Report.of(findings);
  }

  private static void pathParameters(Contracts.Operation contract, PathMatch match, List<Finding> findings) {
    for (Contracts.TextValue parameter : contract.parameters("path")) {
      String value = match.pathParameters().get(parameter.name());
      if (value == null) {
        findings.add(Finding.error("request.parameter.missing", parameter.name(), "path parameter " + parameter.name() + " is missing"));
      } else {
        TextChecks.check(parameter, List.of(value), "request.parameter", findings);
      }
    }
  }

  private static void queryParameters(Contracts.Operation contract, ApiRequest request, List<Finding> findings) {
    List<Contracts.TextValue> declared = contract.parameters("query");
    for (Contracts.TextValue parameter : declared) {
      List<String> values = queryValues(request.query(), parameter.name());
      if (values.isEmpty()) {
        if (parameter.required()) {
          findings.add(Finding.error("request.parameter.missing", parameter.name(), "query parameter " + parameter.name() + " is required"));
        }
      } else {
        TextChecks.check(parameter, values, "request.parameter", findings);
      }
    }
    for (String name : request.query().keySet()) {
      if (declared.stream().noneMatch(p -> p.name().equals(name) || bracketForm(p.name()).equals(name))) {
        findings.add(Finding.warning("request.parameter.unknown", name, "query parameter " + name + " is not declared by the operation"));
      }
    }
  }

  private static void headerParameters(Contracts.Operation contract, ApiRequest request, List<Finding> findings) {
    for (Contracts.TextValue parameter : contract.parameters("header")) {
      List<String> values = request.headerValues(parameter.name());
      if (values.isEmpty()) {
        if (parameter.required()) {
          findings.add(Finding.error("request.parameter.missing", parameter.name(), "header " + parameter.name() + " is required"));
        }
      } else {
        TextChecks.check(parameter, values, "request.parameter", findings);
      }
    }
  }

  private static void body(Contracts.Operation contract, ApiRequest request, List<Finding> findings) {
    if (contract.requestContent().isEmpty()) {
      return;
    }
    String contentType = request.contentType().orElse(null);
    if (!request.hasBody() && contentType == null) {
      if (contract.bodyRequired()) {
        findings.add(Finding.error("request.body.missing", "", "the operation requires a body"));
      }
      return;
    }
    Contracts.Media media = requestMedia(contract.requestContent(), MediaType.parse(contentType));
    if (media == null) {
      findings.add(Finding.error("request.contentType.unsupported", "Content-Type",
          "Content-Type " + (contentType == null ? "(none)" : contentType) + " is not one of " + declared(contract.requestContent())));
      return;
    }
    if (!request.hasBody()) {
      if (contract.bodyRequired()) {
        findings.add(Finding.error("request.body.missing", "", "the operation requires a body"));
      }
      return;
    }
    if (media.schema() == null) {
      return;
    }
    String[] problem = new String[1];
    JsonNode body = JsonBodies.read(request.body(), problem);
    if (body == null) {
      findings.add(Finding.error("request.body.malformed", "", problem[0]));
      return;
    }
    ErrorFindings.addAt(findings, "request.body", media.schema().validate(body));
  }

  /**
   * The declared media type that takes a request of this type. Plain {@code application/json} is
   * also taken where the operation declares a {@code +json} type: some official SDKs send it, and
   * the API accepts it (the spec's description says so).
   */
  static Contracts.Media requestMedia(List<Contracts.Media> declared, MediaType actual) {
    if (actual == null) {
      return null;
    }
    for (Contracts.Media media : declared) {
      if (media.mediaType() != null && media.mediaType().covers(actual)) {
        return media;
      }
    }
    if (actual.isPlainJson()) {
      for (Contracts.Media media : declared) {
        if (media.mediaType() != null && media.mediaType().isJson()) {
          return media;
        }
      }
    }
    return null;
  }

  static String declared(List<Contracts.Media> media) {
    return String.join(", ", media.stream().map(Contracts.Media::declared).toList());
  }

  /** Values of a query parameter, also in the bracket form ({@code pagination[count]}) some SDKs send. */
  private static List<String> queryValues(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values != null && !values.isEmpty()) {
      return values;
    }
    List<String> bracket = query.get(bracketForm(name));
    return bracket == null ? List.of() : bracket;
  }

  /** {@code pagination.count} -> {@code pagination[count]}; names without a dot stay as they are. */
  private static String bracketForm(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot) + "[" + name.substring(dot + 1).replace(".", "][") + "]";
  }
}
