package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Every 4xx and 5xx answers {@code application/json} with the error envelope: an object whose
 * required {@code errors} is an array of objects that require {@code type}. Clients handle every
 * error with one code path because of it.
 */
final class ErrorEnvelopeRule implements LintRule {

  static final String KEY = "lint.error.envelope";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "every 4xx/5xx response is application/json with {errors: [{type, ...}]}";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      for (DeclaredResponses.StatusResponse response : DeclaredResponses.of(context, site)) {
        if (response.isError()) {
          String problem = problem(context, response.definition());
          if (problem != null) {
            findings.add(context.finding(KEY, response.definition(), "status " + response.status() + ": " + problem));
          }
        }
      }
    }
    return Report.of(findings);
  }

  /** What is wrong with an error response, or null when it carries the envelope. */
  private static String problem(LintContext context, Located response) {
    Located content = response.child("content");
    Located json = null;
    for (Iterator<String> it = content.node().fieldNames(); it.hasNext(); ) {
      String type = it.next();
      if (!type.split(";")[0].strip().toLowerCase(Locale.ROOT).equals("application/json")) {
        return "declares " + type + "; errors are application/json only";
      }
      json = content.child(type);
    }
    if (json == null) {
      return "declares no application/json body";
    }
    Located envelope = context.follow(json.child("schema"));
    if (!envelope.node().isObject()) {
      return "application/json has no schema";
    }
    if (!requires(envelope.node(), "errors")) {
      return "the schema does not require errors";
    }
    Located errors = context.follow(envelope.child("properties").child("errors"));
    if (!"array".equals(errors.node().path("type").asText())) {
      return "errors is not an array";
    }
    JsonNode item = context.follow(errors.child("items")).node();
    if (!item.isObject() || !requires(item, "type")) {
      return "the items of errors do not require type";
    }
    return null;
  }

  private static boolean requires(JsonNode schema, String property) {
    for (JsonNode required : schema.path("required")) {
      if (property.equals(required.asText())) {
        return schema.path("properties").has(property);
      }
    }
    return false;
  }
}
