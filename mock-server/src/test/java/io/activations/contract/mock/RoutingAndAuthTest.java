package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MockServerExtension.class)
class RoutingAndAuthTest {

  @Test
  void unknownPath_returns404WithEnvelope(URI baseUri) {
    Answer answer = new RawHttp(baseUri).get("/spaces/" + SPACE_A + "/nothing-here");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.firstError().path("type").asText()).isEqualTo("not-found");
  }

  @Test
  void wrongMethod_returns405WithAllow(URI baseUri) {
    Answer answer = new RawHttp(baseUri).send("PUT", activation(SPACE_A, USERS_AUDIENCE, ACTIVATION), null, (String) null);

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).isEqualTo("GET, DELETE, PATCH");
    assertThat(answer.firstError().path("type").asText()).isEqualTo("method-not-allowed");
  }

  @Test
  void missingTokenOnALargeBody_the401StillReachesTheClient(URI baseUri) {
    // answered before the body is read: unless the server drains the body first, the client is
    // often still sending when the connection closes, and its TCP reset destroys the answer
    String largeBody = "{\"connectionSettings\":{\"blob\":\"" + "x".repeat(900 * 1024) + "\"}}";
    RawHttp anonymous = new RawHttp(baseUri).anonymous();

    for (int attempt = 0; attempt < 20; attempt++) {
      Answer answer = anonymous.patch(connection(SPACE_A, USERS_AUDIENCE, CONNECTION), largeBody);

      assertThat(answer.status()).isEqualTo(401);
    }
  }

  @Test
  void missingToken_returns401WithRateLimitHeaders(URI baseUri) {
    Answer answer = new RawHttp(baseUri).anonymous().get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.firstError().path("type").asText()).isEqualTo("unauthorized");
    assertThat(answer.header("X-RateLimit-Consumed")).isEqualTo("1");
    assertThat(answer.header("X-RateLimit-Remaining")).isEqualTo("59");
    assertThat(answer.header("X-RateLimit-Reset")).isNotBlank();
  }

  @Test
  void unknownToken_returns401(URI baseUri) {
    Answer answer = new RawHttp(baseUri).withToken("not-a-token").get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION));

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void nonBearerAuthorization_returns401(URI baseUri) {
    Answer answer = new RawHttp(baseUri).withAuthorization("Basic " + RawHttp.TOKEN_A)
        .get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION));

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void bearerSchemeIsCaseInsensitive(URI baseUri) {
    Answer answer = new RawHttp(baseUri).withAuthorization("bearer " + RawHttp.TOKEN_A)
        .get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void otherWorkspacesActivation_is404WithoutItsData(URI baseUri) {
    RawHttp workspaceA = new RawHttp(baseUri);

    Answer answer = workspaceA.get(activation(SPACE_B, AUDIENCE_B, ACTIVATION_B));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("spaceId");
    assertThat(answer.body()).doesNotContain("Churn risk").doesNotContain(CONNECTION_B);
  }

  @Test
  void otherWorkspacesResources_are404ForEveryOperation(URI baseUri) {
    RawHttp workspaceB = new RawHttp(baseUri).withToken(RawHttp.TOKEN_B);

    assertThat(workspaceB.get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(404);
    assertThat(workspaceB.get(activations(SPACE_A, USERS_AUDIENCE)).status()).isEqualTo(404);
    assertThat(workspaceB.get(connections(SPACE_A, USERS_AUDIENCE)).status()).isEqualTo(404);
    assertThat(workspaceB.get(supported(SPACE_A, "USERS")).status()).isEqualTo(404);
    assertThat(workspaceB.delete(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(404);
    assertThat(workspaceB.delete(connection(SPACE_A, USERS_AUDIENCE, ADWORDS_CONNECTION)).status()).isEqualTo(404);
    assertThat(workspaceB.patch(connection(SPACE_A, USERS_AUDIENCE, CONNECTION), "{\"connectionSettings\":null}").status())
        .isEqualTo(404);
    assertThat(workspaceB.post(connections(SPACE_A, USERS_AUDIENCE), connectionBody(BRAZE)).status()).isEqualTo(404);
    // and workspace A's activation is untouched by B's attempts
    assertThat(new RawHttp(baseUri).get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).status()).isEqualTo(200);
  }

  @Test
  void ownWorkspacesAudienceUsedInOtherSpacePath_is404(URI baseUri) {
    Answer answer = new RawHttp(baseUri).withToken(RawHttp.TOKEN_B).get(activation(SPACE_B, USERS_AUDIENCE, ACTIVATION));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("audienceId");
  }
}
