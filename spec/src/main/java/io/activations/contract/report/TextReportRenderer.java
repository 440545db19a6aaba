package io.activations.contract.report;

/** One line per finding ({@code LEVEL key location: message}), then a summary line. */
public final class TextReportRenderer implements ReportRenderer {

  @Override
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      out.append(finding.level()).append(' ').append(finding.key());
      if (!finding.location().isEmpty()) {
        out.append(' ').append(finding.location());
      }
      out.append(": ").append(finding.message()).append('\n');
    }
    out.append(summary(report)).append('\n');
    return out.toString();
  }

  static String summary(Report report) {
    long errors = report.findings().stream().filter(f -> f.level() == Level.ERROR).count();
    long warnings = report.findings().stream().filter(f -> f.level() == Level.WARNING).count();
    long infos = report.findings().size() - errors - warnings;
    StringBuilder line = new StringBuilder()
        .append(errors).append(errors == 1 ? " error, " : " errors, ")
        .append(warnings).append(warnings == 1 ? " warning" : " warnings");
    if (infos > 0) {
      line.append(", ").append(infos).append(" info");
    }
    return line.toString();
  }
}
