package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.model.ActivationType;
import io.activations.client.model.DestinationSubscriptionConfiguration;
import io.activations.client.model.PersonalizationInput;
import io.activations.client.model.PersonalizationInputEntity;
import io.activations.client.model.ProfileInput;
import io.activations.client.model.UpdateActivationForAudienceAlphaInput;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rules of creating and updating activations (ops 1 and 6), through the generated client. */
@ExtendWith(MockServerExtension.class)
class ActivationRulesTest {

  private ActivationsApi api;
  private RawHttp http;

  @BeforeEach
  void setUp(URI baseUri) {
    api = Clients.api(baseUri, RawHttp.TOKEN_A);
    http = new RawHttp(baseUri);
  }

  @Test
  void entitiesOnAClassicAudience_return400() {
    Answer answer = http.post(connectionActivations(SPACE_A, USERS_AUDIENCE, CONNECTION),
        "{\"activationType\":\"Audience Entered\",\"activationName\":\"x\",\"performResync\":false,"
            + "\"personalization\":{\"entities\":[{\"properties\":[\"plan\"],\"relationshipSlug\":\"accounts\"}]}}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("personalization.entities");
  }

  @Test
  void entitiesOnALinkedAudience_areKept() throws ApiException {
    ActivationOutput created = api.addActivationToAudience(SPACE_A, LINKED_AUDIENCE, LINKED_CONNECTION,
        Clients.activation(ActivationType.AUDIENCE_ENTERED, "Linked").personalization(new PersonalizationInput()
            .profile(new ProfileInput().properties(List.of("email")))
            .entities(List.of(new PersonalizationInputEntity().relationshipSlug("accounts").properties(List.of("plan"))))))
        .getData().getActivation();

    assertThat(created.getPersonalization().getEntities()).singleElement()
        .satisfies(entity -> assertThat(entity.getRelationshipSlug()).isEqualTo("accounts"));
  }

  @Test
  void membershipChangedOnALinkedAudience_returns422() {
    assertThat(Clients.statusOf(() -> api.addActivationToAudience(SPACE_A, LINKED_AUDIENCE, LINKED_CONNECTION,
        Clients.activation(ActivationType.AUDIENCE_MEMBERSHIP_CHANGED, "x")))).isEqualTo(422);
  }

  @Test
  void actionTheDestinationDoesNotOffer_returns422NamingTheField() {
    Answer answer = http.post(connectionActivations(SPACE_A, USERS_AUDIENCE, CONNECTION),
        activationBody("Audience Entered", "\"destinationMapping\":{\"actionId\":\"" + KLAVIYO_ACTION + "\"}"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("destinationMapping.actionId");
  }

  @Test
  void mappingForADestinationWithoutActions_returns422() {
    assertThat(Clients.statusOf(() -> api.addActivationToAudience(SPACE_A, USERS_AUDIENCE, ADWORDS_CONNECTION,
        Clients.activation(ActivationType.AUDIENCE_ENTERED, "x")
            .destinationMapping(new DestinationSubscriptionConfiguration().actionId(BRAZE_ACTION))))).isEqualTo(422);
  }

  @Test
  void unknownConnection_returns404() {
    Answer answer = http.post(connectionActivations(SPACE_A, USERS_AUDIENCE, "ii_missing"),
        activationBody("Audience Entered", null));

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.firstError().path("field").asText()).isEqualTo("connectionId");
  }

  @Test
  void patch_changesOnlyTheFieldsSent() throws ApiException {
    ActivationOutput updated = update(new UpdateActivationForAudienceAlphaInput().enabled(false));

    assertThat(updated.getEnabled()).isFalse();
    assertThat(updated.getActivationName()).isEqualTo("Test Activation");
    assertThat(updated.getPersonalization().getProfile().getProperties()).containsExactly("email");
    assertThat(updated.getDestinationMapping().getSettings()).isEqualTo(Map.of("email", "email"));
  }

  @Test
  void patch_emptyActivationName_isIgnored() throws ApiException {
    assertThat(update(new UpdateActivationForAudienceAlphaInput().activationName("")).getActivationName())
        .isEqualTo("Test Activation");
    assertThat(update(new UpdateActivationForAudienceAlphaInput().activationName("Renamed")).getActivationName())
        .isEqualTo("Renamed");
  }

  @Test
  void patch_displayNameNull_clearsIt() throws ApiException {
    assertThat(update(new UpdateActivationForAudienceAlphaInput().displayName("Shown")).getDisplayName()).isEqualTo("Shown");

    ActivationOutput cleared = update(new UpdateActivationForAudienceAlphaInput().displayName(null));

    assertThat(cleared.getDisplayName()).isNull();
    assertThat(http.get(activation(SPACE_A, USERS_AUDIENCE, ACTIVATION)).data().path("activation").path("displayName").isNull())
        .isTrue();
  }

  @Test
  void patch_settingsAreMergedKeyByKey() throws ApiException {
    ActivationOutput updated = update(new UpdateActivationForAudienceAlphaInput().destinationMapping(
        new DestinationSubscriptionConfiguration().actionId(BRAZE_ACTION).settings(Map.of("first_name", "first_name"))));

    assertThat(updated.getDestinationMapping().getSettings())
        .isEqualTo(Map.of("email", "email", "first_name", "first_name"));
  }

  @Test
  void patch_aDifferentActionId_isIgnored_andTheSettingsStillMerge() throws ApiException {
    ActivationOutput updated = update(new UpdateActivationForAudienceAlphaInput().destinationMapping(
        new DestinationSubscriptionConfiguration().actionId(KLAVIYO_ACTION).settings(Map.of("first_name", "first_name"))));

    assertThat(updated.getDestinationMapping().getActionId()).isEqualTo(BRAZE_ACTION);
    assertThat(updated.getDestinationMapping().getSettings()).containsEntry("first_name", "first_name");
  }

  @Test
  void patch_profileAndEntitiesAreReplacedSeparately() throws ApiException {
    String id = api.addActivationToAudience(SPACE_A, LINKED_AUDIENCE, LINKED_CONNECTION,
        Clients.activation(ActivationType.AUDIENCE_ENTERED, "Linked").personalization(new PersonalizationInput()
            .profile(new ProfileInput().properties(List.of("email")))
            .entities(List.of(new PersonalizationInputEntity().relationshipSlug("accounts").properties(List.of("plan"))))))
        .getData().getActivation().getId();

    ActivationOutput profileOnly = api.updateActivationForAudience(SPACE_A, LINKED_AUDIENCE, id,
        new UpdateActivationForAudienceAlphaInput().personalization(new PersonalizationInput()
            .profile(new ProfileInput().properties(List.of("phone"))))).getData().getActivation();
    ActivationOutput entitiesCleared = api.updateActivationForAudience(SPACE_A, LINKED_AUDIENCE, id,
        new UpdateActivationForAudienceAlphaInput().personalization(new PersonalizationInput().entities(List.of())))
        .getData().getActivation();

    assertThat(profileOnly.getPersonalization().getProfile().getProperties()).containsExactly("phone");
    assertThat(profileOnly.getPersonalization().getEntities()).hasSize(1);
    assertThat(entitiesCleared.getPersonalization().getProfile().getProperties()).containsExactly("phone");
    assertThat(entitiesCleared.getPersonalization().getEntities()).isNullOrEmpty();
  }

  @Test
  void patch_performResyncIsStored() throws ApiException {
    assertThat(update(new UpdateActivationForAudienceAlphaInput().performResync(true)).getPerformResync()).isTrue();
  }

  @Test
  void patch_unknownActivation_returns404() {
    assertThat(Clients.statusOf(() -> api.updateActivationForAudience(SPACE_A, USERS_AUDIENCE, "act_missing",
        new UpdateActivationForAudienceAlphaInput().enabled(true)))).isEqualTo(404);
  }

  @Test
  void activationOfAnotherAudience_isNotVisibleThroughThisAudience() {
    assertThat(Clients.statusOf(() -> api.getActivationFromAudience(SPACE_A, LINKED_AUDIENCE, ACTIVATION))).isEqualTo(404);
  }

  private ActivationOutput update(UpdateActivationForAudienceAlphaInput input) throws ApiException {
    return api.updateActivationForAudience(SPACE_A, USERS_AUDIENCE, ACTIVATION, input).getData().getActivation();
  }
}
