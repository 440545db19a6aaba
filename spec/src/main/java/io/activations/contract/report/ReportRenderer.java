package io.activations.contract.report;

/** Turns a report into text for one audience (console, JSON for tools, ...). */
public interface ReportRenderer {
  String render(Report report);
}
