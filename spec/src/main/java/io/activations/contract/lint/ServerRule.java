package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Servers a client can build a URL from: the list is not empty, a URL has no trailing slash (paths
 * start with one), and every {@code {variable}} of a URL is declared, used, with a default in its
 * non-empty enum. Redocly's {@code no-empty-servers}, {@code no-server-trailing-slash},
 * {@code no-undefined-server-variable}, {@code no-server-variables-empty-enum}; Spectral's
 * {@code oas3-server-variables}.
 */
final class ServerRule implements LintRule {

  static final String KEY = "lint.server.invalid";

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String description() {
    return "servers are listed, without trailing slash, with their variables declared (Redocly no-empty-servers, "
        + "no-server-trailing-slash, no-undefined-server-variable, no-server-variables-empty-enum; Spectral "
        + "oas3-server-variables)";
  }

  @Override
  public Report check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    Located servers = context.root().child("servers");
    if (servers.node().isArray() && servers.node().isEmpty()) {
      findings.add(context.finding(KEY, servers, "servers is an empty list; remove it or list a server"));
    }
    List<Located> lists = new ArrayList<>(List.of(servers));
    Definitions.forEachField(context.root().child("paths"), pathItem -> lists.add(pathItem.child("servers")));
    for (LintContext.OperationSite site : context.operations()) {
      lists.add(site.node().child("servers"));
    }
    for (Located list : lists) {
      for (int i = 0; i < list.node().size(); i++) {
        checkServer(context, list.child(i), findings);
      }
    }
    return Report.of(findings);
  }

  private static void checkServer(LintContext context, Located server, List<Finding> findings) {
    String url = server.node().path("url").asText("");
    if (url.length() > 1 && url.endsWith("/")) {
      findings.add(context.finding(KEY, server.child("url"), "the server URL ends with a slash"));
    }
    Located variables = server.child("variables");
    Set<String> used = new HashSet<>();
    for (Matcher m = VARIABLE.matcher(url); m.find(); ) {
      used.add(m.group(1));
      if (!variables.child(m.group(1)).exists()) {
        findings.add(context.finding(KEY, server.child("url"), "the server variable " + m.group(1) + " is not declared"));
      }
    }
    Definitions.forEachField(variables, variable -> {
      String name = variable.name();
      if (!used.contains(name)) {
        findings.add(context.finding(KEY, variable, "the server variable " + name + " is not used in the URL"));
      }
      Located enumeration = variable.child("enum");
      if (enumeration.node().isArray() && enumeration.node().isEmpty()) {
        findings.add(context.finding(KEY, enumeration, "the server variable " + name + " has an empty enum"));
      } else if (enumeration.node().isArray() && !containsText(enumeration, variable.node().path("default").asText())) {
        findings.add(context.finding(KEY, variable, "the default of the server variable " + name + " is not in its enum"));
      }
    });
  }

  private static boolean containsText(Located array, String text) {
    for (int i = 0; i < array.node().size(); i++) {
      if (array.node().get(i).asText().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
