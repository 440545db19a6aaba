package io.activations.contract.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the security an operation demands (its own {@code security}, else the document's). A
 * caller meets one alternative of the base; the revision breaks that caller when no alternative
 * of the revision asks for a subset of the same schemes and scopes. A scheme whose definition
 * changed (type, scheme, where the credential goes) breaks every caller using it.
 */
final class SecurityComparison {

  private final Document base;
  private final Document revision;
  private final OperationContext context;

  SecurityComparison(Document base, Document revision, OperationContext context) {
    this.base = base;
    this.revision = revision;
    this.context = context;
  }

  void compare(ApiOperation was, ApiOperation now) {
    Node before = effective(base, was);
    Node after = effective(revision, now);
    List<Map<String, Set<String>>> old = alternatives(before);
    List<Map<String, Set<String>>> current = alternatives(after);
    String label = now.label();
    boolean broken = false;
    for (Map<String, Set<String>> alternative : old) {
      if (current.stream().noneMatch(candidate -> satisfiedBy(alternative, candidate))) {
        broken = true;
        context.report(Rules.SECURITY_ADDED, pointer(before), pointer(after),
            label + ": callers authorised with " + describe(alternative) + " now need " + describeAll(current));
      }
    }
    if (!broken && !new HashSet<>(old).equals(new HashSet<>(current))) {
      context.report(Rules.SECURITY_REMOVED, pointer(before), pointer(after),
          label + ": security relaxed from " + describeAll(old) + " to " + describeAll(current));
    }
    Set<String> used = new LinkedHashSet<>();
    current.forEach(alternative -> used.addAll(alternative.keySet()));
    for (String scheme : used) {
      JsonNode wasScheme = scheme(base, scheme);
      JsonNode nowScheme = scheme(revision, scheme);
      if (wasScheme != null && nowScheme != null && !sameDefinition(wasScheme, nowScheme)) {
        String at = Pointer.child("/components/securitySchemes", scheme);
        context.report(Rules.SECURITY_SCHEME_CHANGED, at, at,
            label + ": security scheme " + scheme + " changed from " + definition(wasScheme) + " to " + definition(nowScheme));
      }
    }
  }

  /** An empty revision alternative means anonymous access, which satisfies everyone. */
  private static boolean satisfiedBy(Map<String, Set<String>> old, Map<String, Set<String>> candidate) {
    for (Map.Entry<String, Set<String>> need : candidate.entrySet()) {
      Set<String> had = old.get(need.getKey());
      if (had == null || !had.containsAll(need.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static Node effective(Document document, ApiOperation operation) {
    if (operation.node().has("security")) {
      return operation.node().child("security");
    }
    JsonNode global = document.root().get("security");
    return global == null ? null : new Node(global, "/security");
  }

  private static String pointer(Node node) {
    return node == null ? "" : node.pointer();
  }

  /** No security at all is one alternative needing nothing. */
  private static List<Map<String, Set<String>>> alternatives(Node security) {
    List<Map<String, Set<String>>> alternatives = new ArrayList<>();
    if (security == null || !security.value().isArray() || security.value().isEmpty()) {
      alternatives.add(Map.of());
      return alternatives;
    }
    for (JsonNode requirement : security.value()) {
      Map<String, Set<String>> alternative = new java.util.TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> scheme = it.next();
        Set<String> scopes = new java.util.TreeSet<>();
        scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
        alternative.put(scheme.getKey(), scopes);
      }
      alternatives.add(alternative);
    }
    return alternatives;
  }

  private static JsonNode scheme(Document document, String name) {
    JsonNode scheme = document.root().path("components").path("securitySchemes").get(name);
    return scheme == null ? null : document.resolve(scheme, "").value();
  }

  private static boolean sameDefinition(JsonNode was, JsonNode now) {
    for (String field : List.of("type", "scheme", "in", "name")) {
      if (!Objects.equals(was.path(field).asText("").toLowerCase(java.util.Locale.ROOT),
          now.path(field).asText("").toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String definition(JsonNode scheme) {
    StringBuilder text = new StringBuilder(scheme.path("type").asText("?"));
    for (String field : List.of("scheme", "in", "name")) {
      if (scheme.has(field)) {
        text.append(' ').append(field).append('=').append(scheme.get(field).asText());
      }
    }
    return text.toString();
  }

  private static String describe(Map<String, Set<String>> alternative) {
    if (alternative.isEmpty()) {
      return "no credentials";
    }
    List<String> parts = new ArrayList<>();
    alternative.forEach((scheme, scopes) -> parts.add(scopes.isEmpty() ? scheme : scheme + scopes));
    return String.join(" + ", parts);
  }

  private static String describeAll(List<Map<String, Set<String>>> alternatives) {
    List<String> parts = new ArrayList<>();
    alternatives.forEach(alternative -> parts.add(describe(alternative)));
    return String.join(" or ", parts);
  }
}
