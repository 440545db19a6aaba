package io.activations.contract.gate;

import static io.activations.contract.gate.ThingsFixture.edit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The v1alpha media type relaxes the judgement only when the option is given, and only for operations served as v1alpha. */
class AlphaRelaxationTest {

  private static final List<ThingsFixture.Edit> BREAKING = List.of(
      edit("required: [id, name]", "required: [id]"),
      edit("'200': {description: gone}", "'204': {description: gone}"));

  private static DiffResult diff(boolean relax) {
    DiffOptions options = DiffOptions.builder().today(ThingsFixture.TODAY).relaxAlpha(relax).build();
    return ThingsFixture.diff(ThingsFixture.DEFAULT_PROBE, ThingsFixture.DEFAULT_PROBE, List.of(), BREAKING, options);
  }

  @Test
  void withoutTheOption_v1alphaChangesAreJudgedInFull() {
    assertThat(diff(false).findings("response-property-became-optional")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.ERR));
  }

  @Test
  void withTheOption_errOnAV1alphaOperationBecomesWarn_andSaysWhy() {
    DiffResult result = diff(true);

    assertThat(result.findings("response-property-became-optional")).isNotEmpty().allSatisfy(f -> {
      assertThat(f.level()).isEqualTo(Level.WARN);
      assertThat(f.message()).contains("relaxed from ERR").contains("v1alpha");
    });
  }

  @Test
  void withTheOption_anOperationNotServedAsV1alphaStaysErr() {
    assertThat(diff(true).findings("response-success-status-removed")).singleElement()
        .satisfies(f -> assertThat(f.level()).isEqualTo(Level.ERR));
  }
}
