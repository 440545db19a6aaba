package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void generatedIds_haveTheApiStyleAndCarryTheirSequence() {
    String id = Ids.next(Ids.ACTIVATION, 123_456_789L);

    assertThat(id).matches("act_[0-9A-Za-z]{22}");
    assertThat(Ids.seqOf(Ids.ACTIVATION, id)).isEqualTo(123_456_789L);
  }

  @Test
  void otherShapes_carryNoSequence() {
    assertThat(Ids.seqOf(Ids.CONNECTION, "ii_123456789")).isEqualTo(-1);
    assertThat(Ids.seqOf(Ids.CONNECTION, Ids.next(Ids.ACTIVATION, 5))).isEqualTo(-1);
    assertThat(Ids.seqOf(Ids.CONNECTION, "ii_-------ABCDEFGHIJKLMNO")).isEqualTo(-1);
  }

  @Test
  void equalSequences_stillGiveDistinctIds() {
    assertThat(Ids.next(Ids.CONNECTION, 1)).isNotEqualTo(Ids.next(Ids.CONNECTION, 1));
  }
}
