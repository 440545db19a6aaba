package io.activations.contract.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorsTest {

  private final Cursors cursors = new Cursors();

  @Test
  void roundTrip_keepsThePosition() {
    PagePosition position = new PagePosition(false, 4711);

    assertThat(cursors.decode("list", cursors.encode("list", position))).isEqualTo(position);
  }

  @Test
  void cursorOfAnotherList_isRefused() {
    String cursor = cursors.encode("activations:a", new PagePosition(true, 3));

    assertThatThrownBy(() -> cursors.decode("activations:b", cursor))
        .isInstanceOf(ApiProblem.class)
        .satisfies(e -> assertThat(((ApiProblem) e).status()).isEqualTo(422))
        .satisfies(e -> assertThat(((ApiProblem) e).field()).isEqualTo("pagination.cursor"));
  }

  @Test
  void cursorOfAnotherServer_isRefused() {
    String foreign = new Cursors().encode("list", new PagePosition(true, 3));

    assertThatThrownBy(() -> cursors.decode("list", foreign)).isInstanceOf(ApiProblem.class);
  }

  @Test
  void editedPosition_isRefused() {
    String cursor = cursors.encode("list", new PagePosition(true, 3));
    String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("a9".getBytes());

    assertThatThrownBy(() -> cursors.decode("list", forgedPayload + cursor.substring(cursor.indexOf('.'))))
        .isInstanceOf(ApiProblem.class);
  }
}
