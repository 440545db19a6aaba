package io.activations.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void perMinute_zero_isRejected() {
    assertThatThrownBy(() -> RateLimit.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromExtension_number_isThatLimit() {
    assertThat(RateLimit.fromExtension(50)).isEqualTo(new RateLimit(OptionalInt.of(50)));
  }

  @Test
  void fromExtension_defaultWordOrNothing_isTheDefaultLimit() {
    assertThat(RateLimit.fromExtension("default").isDefault()).isTrue();
    assertThat(RateLimit.fromExtension(null).isDefault()).isTrue();
    assertThat(RateLimit.fromExtension(-3).isDefault()).isTrue();
  }
}
