package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderedTableTest {

  private final OrderedTable<String> table = new OrderedTable<>("ii_", id -> id);

  @Test
  void findsGeneratedAndFixtureIds() {
    String generated = Ids.next("ii_", 2);
    table.add(1, "ii_fixture");
    table.add(2, generated);

    assertThat(table.get("ii_fixture")).isEqualTo("ii_fixture");
    assertThat(table.get(generated)).isEqualTo(generated);
    assertThat(table.get(Ids.next("ii_", 2))).as("same sequence, other random part").isNull();
    assertThat(table.get("ii_missing")).isNull();
  }

  @Test
  void removedIdsAreGone() {
    table.add(1, "ii_fixture");
    String generated = Ids.next("ii_", 2);
    table.add(2, generated);

    table.remove("ii_fixture");
    table.remove(generated);

    assertThat(table.get("ii_fixture")).isNull();
    assertThat(table.get(generated)).isNull();
    assertThat(table.size()).isZero();
  }

  @Test
  void pagesForwardAndBack() {
    for (int seq = 1; seq <= 5; seq++) {
      table.add(seq, "ii_" + seq);
    }

    Page<String> first = table.page(PagePosition.FIRST, 2);
    Page<String> second = table.page(first.next(), 2);
    Page<String> back = table.page(second.previous(), 2);

    assertThat(first.items()).containsExactly("ii_1", "ii_2");
    assertThat(first.previous()).isNull();
    assertThat(second.items()).containsExactly("ii_3", "ii_4");
    assertThat(back.items()).containsExactly("ii_1", "ii_2");
    assertThat(table.page(second.next(), 2).items()).containsExactly("ii_5");
    assertThat(table.page(second.next(), 2).next()).isNull();
    assertThat(first.totalEntries()).isEqualTo(5);
  }

  @Test
  void pagePastTheEnd_pointsBack() {
    table.add(1, "ii_1");

    Page<String> past = table.page(new PagePosition(true, 9), 10);

    assertThat(past.items()).isEmpty();
    assertThat(table.page(past.previous(), 10).items()).isEqualTo(List.of("ii_1"));
  }
}
