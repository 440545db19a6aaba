package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.List;

/** The response half of the contract: status, headers, content type, body. */
final class ResponseValidation {

  private final UndeclaredFields undeclaredFields;

  ResponseValidation(UndeclaredFields undeclaredFields) {
    this.undeclaredFields = undeclaredFields;
  }

  Report validate(Contracts.Operation contract, String operationName, ApiResponse response) {
    Contracts.Response declared = contract.response(response.status());
    if (declared == null) {
      return Report.of(Finding.error("response.status.undeclared", Integer.toString(response.status()),
          operationName + " does not declare status " + response.status()));
    }
    List<Finding> findings = new ArrayList<>();
    headers(declared, response, findings);
    body(declared, response, findings);
    return Report.of(findings);
  }

  private static void headers(Contracts.Response declared, ApiResponse response, List<Finding> findings) {
    for (Contracts.TextValue header : declared.headers()) {
      List<String> values = response.headerValues(header.name());
      if (values.isEmpty()) {
        if (header.required()) {
          findings.add(Finding.error("response.header.missing", header.name(),
              "status " + declared.status() + " requires header " + header.name()));
        }
      } else {
        TextChecks.check(header, values, "response.header", findings);
      }
    }
  }

  private void body(Contracts.Response declared, ApiResponse response, List<Finding> findings) {
    String contentType = response.contentType().orElse(null);
    if (declared.content().isEmpty()) {
      if (response.hasBody()) {
        findings.add(Finding.error("response.contentType.undeclared", "Content-Type",
            "status " + declared.status() + " declares no body, but one was sent" + (contentType == null ? "" : " as " + contentType)));
      }
      return;
    }
    if (contentType == null) {
      findings.add(Finding.error("response.contentType.missing", "Content-Type",
          "no Content-Type; status " + declared.status() + " declares " + RequestValidation.declared(declared.content())));
      return;
    }
    Contracts.Media media = responseMedia(declared.content(), MediaType.parse(contentType));
    if (media == null) {
      findings.add(Finding.error("response.contentType.undeclared", "Content-Type",
          "Content-Type " + contentType + " is not one of " + RequestValidation.declared(declared.content())));
      return;
    }
    if (media.schema() == null) {
      return;
    }
    String[] problem = new String[1];
    JsonNode body = JsonBodies.read(response.body(), problem);
    if (body == null) {
      findings.add(Finding.error("response.body.malformed", "", problem[0]));
      return;
    }
    ErrorFindings.addAt(findings, "response.body", media.schema().validate(body));
    undeclaredFields.find(media.schemaNode(), body, findings);
  }

  /** Responses must carry a declared type exactly (parameters and case aside): clients rely on it. */
  private static Contracts.Media responseMedia(List<Contracts.Media> declared, MediaType actual) {
    if (actual == null) {
      return null;
    }
    for (Contracts.Media media : declared) {
      if (media.mediaType() != null && media.mediaType().covers(actual)) {
        return media;
      }
    }
    return null;
  }
}
