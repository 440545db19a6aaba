package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void bracketForm_becomesTheDottedForm() {
    Map<String, List<String>> query = QueryString.parse("pagination%5Bcount%5D=3&pagination[cursor]=abc");

    assertThat(query).containsEntry("pagination.count", List.of("3")).containsEntry("pagination.cursor", List.of("abc"));
  }

  @Test
  void valuesAreDecodedAndRepeatsKept() {
    assertThat(QueryString.parse("slug=a%20b&slug=c+d&flag")).containsEntry("slug", List.of("a b", "c d"))
        .containsEntry("flag", List.of(""));
  }

  @Test
  void oddBrackets_areLeftAlone() {
    assertThat(QueryString.normaliseBrackets("[count]")).isEqualTo("[count]");
    assertThat(QueryString.normaliseBrackets("a[]")).isEqualTo("a[]");
    assertThat(QueryString.normaliseBrackets("a[b][c]")).isEqualTo("a[b][c]");
  }

  @Test
  void badPercentEncoding_is422() {
    assertThatThrownBy(() -> QueryString.parse("slug=%zz"))
        .isInstanceOf(ApiProblem.class)
        .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(422));
  }
}
