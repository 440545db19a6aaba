package io.activations.contract.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.gate.ActivationsHistory.Step;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the Activations endpoints' history and asserts every row's verdict, then the rows' particular findings. */
class ActivationsHistoryTest {

  private static final List<Step> STEPS = ActivationsHistory.steps();

  static Stream<Step> steps() {
    return STEPS.stream();
  }

  private static DiffResult diff(Step step) {
    return ApiDiff.compare(step.before().spec("before " + step.commit()), step.after().spec(step.commit()),
        DiffOptions.builder().today(ThingsFixture.TODAY).build());
  }

  private static Step step(String commit) {
    return STEPS.stream().filter(s -> s.commit().equals(commit)).findFirst().orElseThrow();
  }

  private static List<Finding> side(DiffResult result, Side side) {
    return result.findings().stream().filter(f -> f.side() == side).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("steps")
  void everyRow_getsTheVerdictOfTheHistoryTable(Step step) {
    DiffResult result = diff(step);

    assertThat(result.highestLevel()).as("%s", result.findings()).contains(step.expected());
  }

  @Test
  void pathsMovedIn59_areRemovedOperations_notRenames() {
    DiffResult result = diff(step("6dc8006d"));

    assertThat(result.findings("api-removed-without-deprecation")).hasSize(6);
    assertThat(result.findings("endpoint-added")).hasSize(6);
  }

  @Test
  void destinationIdDropped_isARequestPropertyRemovedFromAnOpenSchema() {
    assertThat(diff(step("e2d84284")).findings("request-property-removed")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("destinationId"));
  }

  @Test
  void performResync_breaksCallers_whileTheNewOutputOnlyAddsFields() {
    DiffResult result = diff(step("26e04f4e"));

    assertThat(result.findings("new-required-request-property")).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("performResync"));
    assertThat(side(result, Side.RESPONSE)).isNotEmpty().allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.INFO));
    assertThat(result.findings("response-required-property-added")).isNotEmpty();
  }

  @Test
  void destinationMappingOptional_isInfoForCallers_andErrForClients() {
    DiffResult result = diff(step("43c0a451"));

    assertThat(side(result, Side.REQUEST)).isNotEmpty().allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.INFO));
    assertThat(result.findings("response-property-became-optional")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.baseLocation()).isEqualTo("/components/schemas/ActivationOutput/properties/destinationMapping"));
  }

  @Test
  void idSyncConfigurationBecomingAnArray_breaksCallers_andTheNewOutputFieldIsInfo() {
    DiffResult result = diff(step("90c88737"));

    assertThat(result.findings("request-property-type-changed")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains("idSyncConfiguration").contains("object to array"));
    assertThat(side(result, Side.RESPONSE)).isNotEmpty().allSatisfy(f -> assertThat(f.level()).isEqualTo(Level.INFO));
    assertThat(result.findings("api-major-version-not-bumped")).hasSize(1);
  }

  @Test
  void connectionIdRename_removesARequiredResponseProperty() {
    assertThat(diff(step("aa5da97c")).findings("response-required-property-removed")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains("destinationConnectionId"));
  }

  @Test
  void personalizationOutputBehindNewNames_isNoResponseChange() {
    DiffResult result = diff(step("a92bfcce"));

    assertThat(side(result, Side.RESPONSE)).isEmpty();
    assertThat(result.findings("request-property-became-optional")).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("`personalization`"))
        .anySatisfy(m -> assertThat(m).contains("personalization.profile"));
  }

  @Test
  void theReplayCoversEveryRowOfTheTable() {
    assertThat(STEPS).extracting(Step::commit).containsExactly("6dc8006d", "e2d84284", "26e04f4e", "813a3474", "e485b1ee",
        "43c0a451", "90c88737", "aa5da97c", "22469d20", "95451241", "a0e5a596", "f78e3f68", "d324e8af", "f2e3ead1", "a92bfcce");
  }
}
