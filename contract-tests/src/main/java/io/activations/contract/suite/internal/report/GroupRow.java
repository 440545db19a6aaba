package io.activations.contract.suite.internal.report;

import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.CaseStatus;
import io.activations.contract.suite.SuiteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line of the per-operation table: how many cases a group had and how they ended. */
record GroupRow(String group, int cases, long passed, long failed, long skipped) {

  static List<GroupRow> of(SuiteResult result) {
    List<GroupRow> rows = new ArrayList<>();
    for (Map.Entry<String, List<CaseResult>> group : result.byGroup().entrySet()) {
      List<CaseResult> cases = group.getValue();
      rows.add(new GroupRow(group.getKey(), cases.size(), count(cases, CaseStatus.PASSED), count(cases, CaseStatus.FAILED),
          count(cases, CaseStatus.SKIPPED)));
    }
    return rows;
  }

  private static long count(List<CaseResult> cases, CaseStatus status) {
    return cases.stream().filter(c -> c.status() == status).count();
  }
}
