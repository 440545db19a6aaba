package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Request bodies and 200 responses use the API's vendor media type ({@code
 * application/vnd.<vendor>.<version>+json}). The {@code +json} suffix matters: without it several
 * generated clients and Pact stop treating the body as JSON.
 */
final class VendorMediaTypeRule implements LintRule {

  static final String KEY = "lint.mediaType.vendor";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "request bodies and 200 responses use an application/vnd.*+json media type";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (LintContext.OperationSite site : context.operations()) {
      check(context, context.follow(site.node().child("requestBody")), "the request body", findings);
      for (DeclaredResponses.StatusResponse response : DeclaredResponses.of(context, site)) {
        if (response.status().equals("200")) {
          check(context, response.definition(), "status 200", findings);
        }
      }
    }
    return Report.of(findings);
  }

  private static void check(LintContext context, Located owner, String what, List<Finding> findings) {
    if (!owner.exists()) {
      return;
    }
    Located content = owner.child("content");
    if (content.node().size() == 0) {
      findings.add(context.finding(KEY, owner, what + " declares no content"));
    }
    for (Iterator<String> it = content.node().fieldNames(); it.hasNext(); ) {
      String type = it.next();
      if (!isVendorJson(type)) {
        findings.add(context.finding(KEY, content.child(type), what + " uses " + type + "; expected the vendor type application/vnd.*+json"));
      }
    }
  }

  static boolean isVendorJson(String mediaType) {
    String bare = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return bare.startsWith("application/vnd.") && bare.endsWith("+json");
  }
}
