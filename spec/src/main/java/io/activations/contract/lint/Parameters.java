package io.activations.contract.lint;

import io.activations.contract.internal.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parameters that apply to an operation: its path item's, overridden by its own (refs followed). */
final class Parameters {

  private Parameters() {}

  static List<Located> of(LintContext context, LintContext.OperationSite site) {
    Located pathItem = context.root().child("paths").child(site.operation().pathTemplate());
    Map<String, Located> byKey = new LinkedHashMap<>();
    for (Located list : List.of(pathItem.child("parameters"), site.node().child("parameters"))) {
      for (int i = 0; i < list.node().size(); i++) {
        Located parameter = context.follow(list.child(i));
        byKey.put(parameter.node().path("in").asText() + ":" + parameter.node().path("name").asText(), parameter);
      }
    }
    return new ArrayList<>(byKey.values());
  }
}
