package io.activations.contract.suite.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.activations.contract.suite.ProvokedKeys;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every registered finding key is shown able to fail: some test of this module broke an input on
 * purpose and asserted that the suite reported that key ({@link ProvokedKeys}). Runs after the
 * module's other test classes (junit-platform.properties orders classes by {@link Order}).
 */
@Order(Integer.MAX_VALUE)
class FindingKeyCoverageTest {

  @Test
  void everyRegisteredKey_isProvokedByATest() {
    Set<String> provoked = ProvokedKeys.provoked();
    assumeTrue(ProvokedKeys.fullRun(), "only a run of the whole module shows which keys its tests provoke");

    assertThat(unprovoked(provoked)).as("registered keys no test provokes (provoked: %s)", provoked).isEmpty();
  }

  @Test
  void comparison_namesEveryRegisteredKeyNotProvoked_andCountsAFamilyMemberForItsFamily() {
    assertThat(unprovoked(Set.of())).hasSize(FindingKey.values().length);
    assertThat(unprovoked(Set.of("response.body.enum"))).doesNotContain("response.body.*").contains("response.body.undeclaredField");
    assertThat(unprovoked(Set.of("ratelimit.header.missing"))).doesNotContain("ratelimit.header.missing")
        .contains("ratelimit.header.malformed");
  }

  private static List<String> unprovoked(Set<String> provoked) {
    Set<FindingKey> shown = provoked.stream().flatMap(key -> FindingKey.of(key).stream()).collect(Collectors.toSet());
    return Arrays.stream(FindingKey.values()).filter(key -> !shown.contains(key)).map(FindingKey::key).toList();
  }

  @Test
  void everyProvokedKey_isRegistered() {
    assertThat(ProvokedKeys.provoked()).allSatisfy(key ->
        assertThat(FindingKey.of(key)).as("a test provoked the unregistered key %s", key).isPresent());
  }
}
