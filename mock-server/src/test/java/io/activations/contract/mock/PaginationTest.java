package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.mock.fixtures.Connection;
import io.activations.contract.mock.fixtures.Fixtures;
import io.activations.contract.mock.fixtures.Space;
import io.activations.contract.mock.fixtures.Workspace;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor pagination of listDestinationsFromAudience over 205 connections. */
class PaginationTest {

  private static final int CONNECTIONS = 205;
  private static final String LIST = connections(SPACE_A, USERS_AUDIENCE);

  @RegisterExtension
  static final MockServerExtension MOCK = MockServerExtension.configured(builder -> builder
      .fixtures(withManyConnections(CONNECTIONS))
      .rateLimitsLifted(true));

  private RawHttp http;

  @BeforeEach
  void setUp(URI baseUri) {
    http = new RawHttp(baseUri);
  }

  @Test
  void withoutPagination_theFirst200AreReturned() {
    JsonNode data = http.get(LIST).data();

    assertThat(data.path("connections")).hasSize(200);
    assertThat(data.path("pagination").path("totalEntries").asInt()).isEqualTo(CONNECTIONS);
    assertThat(data.path("pagination").path("next").isTextual()).isTrue();
    assertThat(data.path("pagination").path("previous").isNull()).isTrue();
  }

  @Test
  void followingNext_visitsEveryItemOnceInAStableOrder() {
    List<String> seen = walk(LIST + "?pagination.count=17");

    assertThat(seen).hasSize(CONNECTIONS).doesNotHaveDuplicates();
    assertThat(seen).isEqualTo(walk(LIST + "?pagination.count=50"));
    assertThat(seen.get(0)).isEqualTo(CONNECTION);
  }

  @Test
  void bracketForm_isAcceptedLikeTheDottedForm() {
    JsonNode dotted = http.get(LIST + "?pagination.count=3").data();
    JsonNode brackets = http.get(LIST + "?pagination%5Bcount%5D=3").data();
    String next = brackets.path("pagination").path("next").asText();
    JsonNode second = http.get(LIST + "?pagination%5Bcount%5D=3&pagination%5Bcursor%5D=" + encode(next)).data();

    String fourth = http.get(LIST + "?pagination.count=4").data().path("connections").path(3).path("id").asText();

    assertThat(brackets.path("connections")).isEqualTo(dotted.path("connections"));
    assertThat(second.path("connections").path(0).path("id").asText()).isEqualTo(fourth);
  }

  @Test
  void cursorsSurviveDeletesBeforeThem() {
    JsonNode first = http.get(LIST + "?pagination.count=5").data();
    String next = first.path("pagination").path("next").asText();
    String expectedSixth = http.get(LIST + "?pagination.count=6").data().path("connections").path(5).path("id").asText();

    assertThat(http.delete(connection(SPACE_A, USERS_AUDIENCE, first.path("connections").path(4).path("id").asText()))
        .status()).isEqualTo(200);
    JsonNode second = http.get(LIST + "?pagination.count=5&pagination.cursor=" + encode(next)).data();

    assertThat(second.path("connections").path(0).path("id").asText()).isEqualTo(expectedSixth);
    assertThat(second.path("pagination").path("totalEntries").asInt()).isEqualTo(CONNECTIONS - 1);
  }

  @Test
  void tamperedCursor_returns422() {
    String next = http.get(LIST + "?pagination.count=5").data().path("pagination").path("next").asText();
    String tampered = next.substring(0, next.length() - 1) + (next.endsWith("A") ? "B" : "A");

    Answer answer = http.get(LIST + "?pagination.cursor=" + encode(tampered));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("pagination.cursor");
  }

  @Test
  void garbageCursors_return422NeverA500() {
    for (String garbage : List.of("MQ==", "not a cursor", "....", "YTE.", ".AAAA", "YjE.AAAAAAAAAAAA", "x".repeat(1000))) {
      Answer answer = http.get(LIST + "?pagination.cursor=" + encode(garbage));

      assertThat(answer.status()).as(garbage).isEqualTo(422);
    }
  }

  @Test
  void cursorOfAnotherList_returns422() {
    String next = http.get(LIST + "?pagination.count=1").data().path("pagination").path("next").asText();

    Answer answer = http.get(activations(SPACE_A, USERS_AUDIENCE) + "?pagination.cursor=" + encode(next));

    assertThat(answer.status()).isEqualTo(422);
  }

  @Test
  void cursorIssuedBeforeAReset_returns422AfterIt(MockServer mock) {
    String next = http.get(LIST + "?pagination.count=1").data().path("pagination").path("next").asText();

    mock.reset();
    Answer answer = http.get(LIST + "?pagination.cursor=" + encode(next));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("pagination.cursor");
  }

  @Test
  void pagePastTheEnd_isEmptyAndPointsBack() {
    JsonNode all = http.get(LIST + "?pagination.count=1000").data();

    assertThat(all.path("connections")).hasSize(CONNECTIONS);
    assertThat(all.path("pagination").path("next").isNull()).isTrue();
    assertThat(all.path("pagination").path("previous").isNull()).isTrue();
  }

  private List<String> walk(String firstPage) {
    List<String> ids = new ArrayList<>();
    String url = firstPage;
    while (url != null) {
      JsonNode data = http.get(url).data();
      data.path("connections").forEach(connection -> ids.add(connection.path("id").asText()));
      JsonNode next = data.path("pagination").path("next");
      url = next.isTextual() ? firstPage + "&pagination.cursor=" + encode(next.asText()) : null;
      assertThat(ids.size()).as("the walk must end").isLessThanOrEqualTo(CONNECTIONS);
    }
    return ids;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The default world with {@code count - 2} extra connections on the USERS audience of workspace A. */
  private static Fixtures withManyConnections(int count) {
    Fixtures defaults = Fixtures.defaults();
    List<Workspace> workspaces = new ArrayList<>();
    for (Workspace workspace : defaults.workspaces()) {
      List<Space> spaces = new ArrayList<>();
      for (Space space : workspace.spaces()) {
        List<Connection> connections = new ArrayList<>(space.connections());
        if (space.id().equals(SPACE_A)) {
          long existing = connections.stream().filter(c -> c.audienceId().equals(USERS_AUDIENCE)).count();
          for (int i = 0; i < count - existing; i++) {
            connections.add(new Connection("ii_page" + i, USERS_AUDIENCE, BRAZE, true, null, null, null, null));
          }
        }
        spaces.add(new Space(space.id(), space.name(), space.sourceId(), space.audiences(), space.destinations(),
            connections, space.activations()));
      }
      workspaces.add(new Workspace(workspace.id(), workspace.name(), workspace.tokens(), spaces));
    }
    return new Fixtures(workspaces, defaults.catalogue());
  }
}
