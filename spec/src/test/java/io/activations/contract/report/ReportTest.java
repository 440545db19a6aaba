package io.activations.contract.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTest {

  private static final Finding ERROR = Finding.error("request.body.required", "activationName", "missing");
  private static final Finding WARNING = Finding.warning("request.parameter.unknown", "foo", "not declared");

  @Test
  void empty_hasNoErrors() {
    assertThat(Report.empty().isEmpty()).isTrue();
    assertThat(Report.empty().hasErrors()).isFalse();
  }

  @Test
  void with_returnsANewReportAndLeavesTheOriginal() {
    Report original = Report.of(WARNING);

    Report extended = original.with(ERROR);

    assertThat(original.findings()).containsExactly(WARNING);
    assertThat(extended.findings()).containsExactly(WARNING, ERROR);
  }

  @Test
  void merge_keepsOrderAndSeparatesErrors() {
    Report merged = Report.of(WARNING).merge(Report.of(ERROR));

    assertThat(merged.findings()).containsExactly(WARNING, ERROR);
    assertThat(merged.errors()).containsExactly(ERROR);
    assertThat(merged.warnings()).containsExactly(WARNING);
    assertThat(merged.hasErrors()).isTrue();
    assertThat(merged.keys()).containsExactly("request.parameter.unknown", "request.body.required");
  }

  @Test
  void warningsOnly_hasNoErrors() {
    assertThat(Report.of(WARNING).hasErrors()).isFalse();
  }

  @Test
  void findings_cannotBeModified() {
    assertThatThrownBy(() -> Report.of(ERROR).findings().add(WARNING)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void finding_blankKey_isRejected() {
    assertThatThrownBy(() -> new Finding(" ", Level.ERROR, "m", "l")).isInstanceOf(IllegalArgumentException.class);
  }
}
