package io.activations.client.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.model.SimpleDestination;
import io.activations.client.testing.LoopbackServer;
import io.activations.client.testing.LoopbackServer.RecordedRequest;
import io.activations.client.testing.StubResponse;
import io.activations.contract.spec.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pages are built from the spec's own examples of the two list operations, so they stay valid. */
class AudiencePagesTest {

    private static final String VENDOR_JSON = "application/vnd.segment.v1alpha+json";
    private static final JsonNode DOCUMENT = Spec.bundled().document();

    private LoopbackServer server;
    private ActivationsApi api;

    @BeforeEach
    void startServer() throws Exception {
        server = LoopbackServer.start();
        api = ActivationsClients.api(server.baseUri(), "token");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void activations_acrossThreePages_followsNextWithThePageSize() {
        // given
        server.enqueue(page("activations", List.of("act_1", "act_2"), "MA==", "Mg=="));
        server.enqueue(page("activations", List.of("act_3", "act_4"), "Mg==", "NA=="));
        server.enqueue(page("activations", List.of("act_5"), "NA==", null));

        // when
        List<String> ids = AudiencePages.of(api).pageSize(2).activations("spa_1", "aud_1").map(ActivationOutput::getId).toList();

        // then
        assertThat(ids).containsExactly("act_1", "act_2", "act_3", "act_4", "act_5");
        assertThat(server.requests()).extracting(RecordedRequest::rawPath).containsOnly("/spaces/spa_1/audiences/aud_1/activations");
        assertThat(server.requests()).extracting(RecordedRequest::rawQuery).containsExactly(
                "pagination.count=2",
                "pagination.count=2&pagination.cursor=Mg%3D%3D",
                "pagination.count=2&pagination.cursor=NA%3D%3D");
    }

    @Test
    void destinations_acrossTwoPages_followsNext() {
        server.enqueue(page("connections", List.of("ii_1", "ii_2"), "MA==", "Mg=="));
        server.enqueue(page("connections", List.of("ii_3"), "Mg==", null));

        List<String> ids = AudiencePages.of(api).pageSize(2).destinations("spa_1", "aud_1").map(SimpleDestination::getId).toList();

        assertThat(ids).containsExactly("ii_1", "ii_2", "ii_3");
        assertThat(server.requests()).extracting(RecordedRequest::rawPath).containsOnly("/spaces/spa_1/audiences/aud_1/destination-connections");
        assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
                .containsExactly("pagination.count=2", "pagination.count=2&pagination.cursor=Mg%3D%3D");
    }

    @Test
    void activations_withoutPageSize_leavesTheCountToTheServer() {
        server.enqueue(page("activations", List.of("act_1"), "MA==", null));

        assertThat(AudiencePages.of(api).activations("spa_1", "aud_1").count()).isEqualTo(1);
        assertThat(server.onlyRequest().rawQuery()).isNull();
    }

    @Test
    void activations_readsPagesOnlyAsTheStreamIsConsumed() {
        server.enqueue(page("activations", List.of("act_1", "act_2"), "MA==", "Mg=="));
        server.enqueue(page("activations", List.of("act_3"), "Mg==", null));
        Stream<ActivationOutput> activations = AudiencePages.of(api).pageSize(2).activations("spa_1", "aud_1");
        assertThat(server.requests()).isEmpty();

        Iterator<ActivationOutput> iterator = activations.iterator();
        iterator.next();

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void activations_whenNextIsAbsentRatherThanNull_stopsToo() {
        ObjectNode last = pageBody("activations", List.of("act_1"), "MA==", null);
        ((ObjectNode) last.path("data").path("pagination")).remove("next");
        server.enqueue(StubResponse.of(200, VENDOR_JSON, last.toString()));

        assertThat(AudiencePages.of(api).activations("spa_1", "aud_1").count()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void activations_pastAnEmptyPageThatPointsFurther_keepsReading() {
        server.enqueue(page("activations", List.of(), "MA==", "Mg=="));
        server.enqueue(page("activations", List.of("act_3"), "Mg==", null));

        assertThat(AudiencePages.of(api).activations("spa_1", "aud_1").map(ActivationOutput::getId)).containsExactly("act_3");
    }

    @Test
    void activations_whenTheServerRepeatsACursor_failsInsteadOfLoopingForever() {
        server.enqueue(page("activations", List.of("act_1"), "MA==", "Mg=="));
        server.enqueue(page("activations", List.of("act_2"), "Mg==", "Mg=="));

        assertThatThrownBy(() -> AudiencePages.of(api).activations("spa_1", "aud_1").toList())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Mg==");
    }

    @Test
    void activations_whenAPageFails_endsWithTheClientsFailure() {
        server.enqueue(page("activations", List.of("act_1"), "MA==", "Mg=="));
        server.enqueue(StubResponse.json(404, "{\"errors\":[{\"type\":\"not-found\"}]}"));

        PageFetchException failure = catchThrowableOfType(PageFetchException.class,
                () -> AudiencePages.of(api).activations("spa_1", "aud_1").toList());

        assertThat(failure.apiException().getCode()).isEqualTo(404);
        assertThat(failure.cursor()).isEqualTo("Mg==");
        assertThat(failure).hasMessageContaining("listActivationsFromAudience");
    }

    @Test
    void activations_retrying_waitsOutA429AndCarriesOn() {
        List<Duration> sleeps = new ArrayList<>();
        server.enqueue(page("activations", List.of("act_1"), "MA==", "Mg=="));
        server.enqueue(StubResponse.json(429, "{\"errors\":[{\"type\":\"RequestError\"}]}").withHeader("Retry-After", "4"));
        server.enqueue(page("activations", List.of("act_2"), "Mg==", null));
        RateLimitRetry retry = RateLimitRetry.builder().sleeper(sleeps::add).build();

        List<String> ids = AudiencePages.of(api).retrying(retry).activations("spa_1", "aud_1").map(ActivationOutput::getId).toList();

        assertThat(ids).containsExactly("act_1", "act_2");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(4));
        assertThat(server.requests()).extracting(RecordedRequest::rawQuery)
                .containsExactly(null, "pagination.cursor=Mg%3D%3D", "pagination.cursor=Mg%3D%3D");
    }

    @Test
    void pageSizeBounds_areThoseOfTheSpecsPaginationCount() {
        JsonNode count = DOCUMENT.path("components").path("parameters").path("PaginationCount");
        assertThat(count.path("name").asText()).isEqualTo("pagination.count");

        assertThat(AudiencePages.MIN_PAGE_SIZE).isEqualTo(count.path("schema").path("minimum").asInt());
        assertThat(AudiencePages.MAX_PAGE_SIZE).isEqualTo(count.path("schema").path("maximum").asInt());
    }

    @Test
    void pageSize_outsideTheBounds_isRejected() {
        AudiencePages pages = AudiencePages.of(api);

        assertThatThrownBy(() -> pages.pageSize(AudiencePages.MIN_PAGE_SIZE - 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.pageSize(AudiencePages.MAX_PAGE_SIZE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static StubResponse page(String listField, List<String> ids, String current, String next) {
        return StubResponse.of(200, VENDOR_JSON, pageBody(listField, ids, current, next).toString());
    }

    /** The spec's example page of the list, with one copy of its first item per id. */
    private static ObjectNode pageBody(String listField, List<String> ids, String current, String next) {
        String operationPath = listField.equals("activations")
                ? "/spaces/{spaceId}/audiences/{audienceId}/activations"
                : "/spaces/{spaceId}/audiences/{audienceId}/destination-connections";
        JsonNode example = DOCUMENT.path("paths").path(operationPath).path("get").path("responses").path("200")
                .path("content").path(VENDOR_JSON).path("example");
        ObjectNode body = example.deepCopy();
        ObjectNode data = (ObjectNode) body.path("data");
        JsonNode template = data.path(listField).path(0);
        assertThat(template.isObject()).as("the spec's example of %s has an item", listField).isTrue();
        ArrayNode items = data.putArray(listField);
        ids.forEach(id -> items.add(((ObjectNode) template.deepCopy()).put("id", id)));
        ObjectNode pagination = data.putObject("pagination");
        pagination.put("current", current);
        pagination.put("next", next);
        pagination.putNull("previous");
        pagination.put("totalEntries", ids.size());
        return body;
    }
}
