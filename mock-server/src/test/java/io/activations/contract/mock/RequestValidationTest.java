package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that break the spec, sent as raw HTTP: the mock answers them with the right 4xx. */
@ExtendWith(MockServerExtension.class)
class RequestValidationTest {

  private static final String CREATE_ACTIVATION = connectionActivations(SPACE_A, USERS_AUDIENCE, CONNECTION);
  private static final String CREATE_CONNECTION = connections(SPACE_A, USERS_AUDIENCE);

  @Test
  void unknownField_returns422NamingIt(URI baseUri) {
    Answer answer = new RawHttp(baseUri).post(CREATE_ACTIVATION, activationBody("Audience Entered", "\"id\":\"act_mine\""));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.firstError().path("type").asText()).isEqualTo("input-validation");
    assertThat(answer.firstError().path("field").asText()).isEqualTo("id");
  }

  @Test
  void severalProblems_returnOneErrorEach(URI baseUri) {
    String body = "{\"activationType\":\"Audience Joined\",\"performResync\":\"yes\","
        + "\"personalization\":{\"profile\":{\"properties\":[\"email\"],\"colour\":1}}}";

    Answer answer = new RawHttp(baseUri).post(CREATE_ACTIVATION, body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(fields(answer)).contains("activationType", "performResync", "activationName",
        "personalization.profile.colour");
    assertThat(answer.json().path("errors")).allSatisfy(error -> {
      assertThat(error.path("type").asText()).isEqualTo("input-validation");
      assertThat(error.path("message").asText()).isNotBlank();
    });
  }

  @Test
  void tooManyIdSyncEntries_returns422(URI baseUri) {
    String entry = "{\"externalId\":\"email\",\"strategy\":\"last\"}";
    String body = "{\"destination\":{\"id\":\"" + BRAZE + "\",\"type\":\"destination\"},\"idSyncConfiguration\":["
        + String.join(",", entry, entry, entry, entry, entry, entry) + "]}";

    Answer answer = new RawHttp(baseUri).post(CREATE_CONNECTION, body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(fields(answer)).containsExactly("idSyncConfiguration");
  }

  @Test
  void missingBody_returns422(URI baseUri) {
    Answer answer = new RawHttp(baseUri).send("POST", CREATE_CONNECTION, null, (String) null);

    assertThat(answer.status()).isEqualTo(422);
  }

  @Test
  void malformedJson_returns400(URI baseUri) {
    Answer answer = new RawHttp(baseUri).post(CREATE_CONNECTION, "{\"destination\": ");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.firstError().path("type").asText()).isEqualTo("bad-request");
  }

  @Test
  void unsupportedContentType_returns415(URI baseUri) {
    Answer answer = new RawHttp(baseUri).send("POST", CREATE_CONNECTION, "text/plain", connectionBody(BRAZE));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.firstError().path("type").asText()).isEqualTo("unsupported-media-type");
  }

  @Test
  void bodyWithoutContentType_returns415(URI baseUri) {
    Answer answer = new RawHttp(baseUri).send("POST", CREATE_CONNECTION, null, connectionBody(BRAZE));

    assertThat(answer.status()).isEqualTo(415);
  }

  @Test
  void nonUtf8Charset_returns415(URI baseUri) {
    Answer answer = new RawHttp(baseUri).send("POST", CREATE_CONNECTION, "application/json; charset=ISO-8859-1",
        connectionBody(BRAZE));

    assertThat(answer.status()).isEqualTo(415);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "application/vnd.segment.v1alpha+json",
      "application/vnd.segment.v1alpha+json; charset=utf-8",
      "application/json",
      "application/json; charset=UTF-8",
      "Application/JSON;charset=\"utf-8\""})
  void acceptedContentTypes_create(String contentType, URI baseUri) {
    Answer answer = new RawHttp(baseUri).send("POST", CREATE_CONNECTION, contentType, connectionBody(BRAZE));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).isEqualTo(RawHttp.VENDOR_JSON);
  }

  @Test
  void bodyOverOneMebibyte_returns413(URI baseUri) {
    String big = "{\"connectionSettings\":{\"blob\":\"" + "x".repeat(1024 * 1024) + "\"}}";

    Answer answer = new RawHttp(baseUri).patch(connection(SPACE_A, USERS_AUDIENCE, CONNECTION), big);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.firstError().path("type").asText()).isEqualTo("payload-too-large");
  }

  @Test
  void chunkedBodyOverOneMebibyte_returns413(URI baseUri) {
    byte[] big = ("{\"connectionSettings\":{\"blob\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
    // an InputStream publisher has no known length, so the body goes out chunked
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big));

    Answer answer = new RawHttp(baseUri).sendWith("PATCH", connection(SPACE_A, USERS_AUDIENCE, CONNECTION),
        RawHttp.VENDOR_JSON, chunked);

    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  void bodyOfExactlyOneMebibyte_isAccepted(URI baseUri) {
    String prefix = "{\"connectionSettings\":{\"blob\":\"";
    String suffix = "\"}}";
    String exact = prefix + "x".repeat(1024 * 1024 - prefix.length() - suffix.length()) + suffix;

    Answer answer = new RawHttp(baseUri).patch(connection(SPACE_A, USERS_AUDIENCE, CONNECTION), exact);

    assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(1024 * 1024);
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void declaredLengthOverLimit_isRefusedWithoutWaitingForTheBody(URI baseUri) throws IOException {
    String head = RawSocket.requestHead("PATCH", connection(SPACE_A, USERS_AUDIENCE, CONNECTION), baseUri,
        "Authorization: Bearer " + RawHttp.TOKEN_A, "Content-Type: " + RawHttp.VENDOR_JSON, "Content-Length: 50000000");

    String statusLine = RawSocket.statusLineOf(baseUri, head);

    assertThat(statusLine).startsWith("HTTP/1.1 413");
  }

  @Test
  void pathParameterTooLong_returns422NamingIt(URI baseUri) {
    Answer answer = new RawHttp(baseUri).get(activation(SPACE_A, USERS_AUDIENCE, "act_" + "x".repeat(300)));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(fields(answer)).containsExactly("id");
  }

  @Test
  void unknownAudienceType_returns422(URI baseUri) {
    Answer answer = new RawHttp(baseUri).get(supported(SPACE_A, "PEOPLE"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(fields(answer)).containsExactly("audienceType");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1001", "ten", "-5"})
  void paginationCountOutOfRange_returns422(String count, URI baseUri) {
    Answer answer = new RawHttp(baseUri).get(activations(SPACE_A, USERS_AUDIENCE) + "?pagination.count=" + count);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(fields(answer)).containsExactly("pagination.count");
  }

  @Test
  void paginationCountInBracketForm_isChecked(URI baseUri) {
    Answer answer = new RawHttp(baseUri).get(activations(SPACE_A, USERS_AUDIENCE) + "?pagination%5Bcount%5D=0");

    assertThat(answer.status()).isEqualTo(422);
  }

  @Test
  void malformedQueryEncoding_returns4xx(URI baseUri) throws IOException {
    String head = RawSocket.requestHead("GET", activations(SPACE_A, USERS_AUDIENCE) + "?pagination.cursor=%zz", baseUri,
        "Authorization: Bearer " + RawHttp.TOKEN_A, "Connection: close");

    String statusLine = RawSocket.statusLineOf(baseUri, head);

    assertThat(statusLine).matches("HTTP/1.1 (400|422) .*");
  }

  @Test
  void schemaValidationRunsBeforeDomainRules(URI baseUri) {
    // unknown connection AND an invalid body: the body is judged first, as the pipeline promises
    Answer answer = new RawHttp(baseUri).post(connectionActivations(SPACE_A, USERS_AUDIENCE, "ii_missing"), "{}");

    assertThat(answer.status()).isEqualTo(422);
  }

  private static List<String> fields(Answer answer) {
    List<String> fields = new ArrayList<>();
    for (JsonNode error : answer.json().path("errors")) {
      fields.add(error.path("field").asText());
    }
    return fields;
  }
}
