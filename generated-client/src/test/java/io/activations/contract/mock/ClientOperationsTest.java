package io.activations.contract.mock;

import static io.activations.contract.mock.DefaultWorld.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.model.ActivationType;
import io.activations.client.model.AddDestinationToAudienceAlphaOutput;
import io.activations.client.model.DestinationSubscriptionConfiguration;
import io.activations.client.model.IDSyncConfigurationInput;
import io.activations.client.model.IDSyncConfigurationOutput;
import io.activations.client.model.ListActivationsFromAudienceAlphaOutput;
import io.activations.client.model.ListDestinationsFromAudienceAlphaOutput;
import io.activations.client.model.SimpleDestination;
import io.activations.client.model.SupportedDestination;
import io.activations.client.model.UpdateDestinationForAudienceAlphaInput;
import io.activations.client.model.UpdateDestinationForAudienceAlphaOutput;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ten operations through the generated client: client and mock agree on the wire. */
@ExtendWith(MockServerExtension.class)
class ClientOperationsTest {

  private ActivationsApi api;

  @BeforeEach
  void setUp(URI baseUri) {
    api = Clients.api(baseUri, RawHttp.TOKEN_A);
  }

  @Test
  void getActivation_returnsTheFixtureActivation() throws ApiException {
    ActivationOutput activation = api.getActivationFromAudience(SPACE_A, USERS_AUDIENCE, ACTIVATION).getData().getActivation();

    assertThat(activation.getId()).isEqualTo(ACTIVATION);
    assertThat(activation.getWorkspaceId()).isEqualTo(WORKSPACE_A);
    assertThat(activation.getSpaceId()).isEqualTo(SPACE_A);
    assertThat(activation.getAudienceId()).isEqualTo(USERS_AUDIENCE);
    assertThat(activation.getConnectionId()).isEqualTo(CONNECTION);
    assertThat(activation.getActivationType()).isEqualTo(ActivationType.AUDIENCE_ENTERED.getValue());
    assertThat(activation.getDestinationMapping().getActionId()).isEqualTo(BRAZE_ACTION);
  }

  @Test
  void addDestination_createsAConnectionWithTheDestinationsDefaultIdSync() throws ApiException {
    AddDestinationToAudienceAlphaOutput created =
        api.addDestinationToAudience(SPACE_A, USERS_AUDIENCE, Clients.connection(BRAZE)).getData();

    assertThat(created.getConnection().getId()).matches("ii_[0-9A-Za-z]{22}");
    assertThat(created.getIdSyncConfiguration()).extracting(IDSyncConfigurationOutput::getExternalId)
        .containsExactly("email", "user_id");
    SimpleDestination listed = connectionById(created.getConnection().getId());
    assertThat(listed.getDestinationId()).isEqualTo(BRAZE);
    assertThat(listed.getMetadata().getSlug()).isEqualTo("actions-braze-cohorts");
    assertThat(listed.getMetadata().getId()).isEqualTo("5d1f3c9a7b2e4a0012c3d4e5");
    assertThat(listed.getSourceId()).isEqualTo("src_5bHq2Wn7Lx3Pr9Tc1Vd4Mf");
    assertThat(listed.getEnabled()).isTrue();
  }

  @Test
  void addDestination_keepsTheSentIdSyncAndSettings() throws ApiException {
    AddDestinationToAudienceAlphaOutput created = api.addDestinationToAudience(SPACE_A, USERS_AUDIENCE,
        Clients.connection(ADWORDS)
            .idSyncConfiguration(List.of(new IDSyncConfigurationInput().externalId("email")
                .strategy(IDSyncConfigurationInput.StrategyEnum.FIRST).mapTo("hashed_email")))
            .connectionSettings(Map.of("listName", "Winners"))).getData();

    assertThat(created.getIdSyncConfiguration()).singleElement().satisfies(entry -> {
      assertThat(entry.getStrategy()).isEqualTo("first");
      assertThat(entry.getMapTo()).isEqualTo("hashed_email");
    });
    assertThat(created.getConnectionSettings()).isEqualTo(Map.of("listName", "Winners"));
  }

  @Test
  void addDestination_notAddedToEngageInThatSpace_returns404() {
    assertThat(Clients.statusOf(() -> api.addDestinationToAudience(SPACE_A, USERS_AUDIENCE,
        Clients.connection(DESTINATION_B)))).isEqualTo(404);
    assertThat(Clients.statusOf(() -> api.addDestinationToAudience(SPACE_A, USERS_AUDIENCE,
        Clients.connection("dst_unknown")))).isEqualTo(404);
  }

  @Test
  void addActivation_onANewConnection_isReadableAndListed() throws ApiException {
    String connectionId = api.addDestinationToAudience(SPACE_A, USERS_AUDIENCE, Clients.connection(KLAVIYO))
        .getData().getConnection().getId();

    ActivationOutput created = api.addActivationToAudience(SPACE_A, USERS_AUDIENCE, connectionId,
        Clients.activation(ActivationType.AUDIENCE_EXITED, "Leavers")
            .destinationMapping(new DestinationSubscriptionConfiguration().actionId(KLAVIYO_ACTION)
                .settings(Map.of("email", "email", "list_id", "L1"))))
        .getData().getActivation();

    assertThat(created.getId()).matches("act_[0-9A-Za-z]{22}");
    assertThat(created.getEnabled()).isTrue();
    assertThat(created.getConnectionId()).isEqualTo(connectionId);
    ActivationOutput read = api.getActivationFromAudience(SPACE_A, USERS_AUDIENCE, created.getId()).getData().getActivation();
    assertThat(read.getActivationName()).isEqualTo("Leavers");
    assertThat(read.getDestinationMapping().getSettings()).containsEntry("list_id", "L1");
    assertThat(api.listActivationsFromAudience(SPACE_A, USERS_AUDIENCE, null, null).getData().getActivations())
        .extracting(ActivationOutput::getId).contains(created.getId(), ACTIVATION);
  }

  @Test
  void addActivation_onAConnectionOfAnotherAudience_returns404() {
    assertThat(Clients.statusOf(() -> api.addActivationToAudience(SPACE_A, LINKED_AUDIENCE, CONNECTION,
        Clients.activation(ActivationType.AUDIENCE_ENTERED, "x")))).isEqualTo(404);
  }

  @Test
  void removeActivation_thenReadingItReturns404() throws ApiException {
    assertThat(api.removeActivationFromAudience(SPACE_A, USERS_AUDIENCE, ACTIVATION).getData().getStatus())
        .isEqualTo("SUCCESS");

    assertThat(Clients.statusOf(() -> api.getActivationFromAudience(SPACE_A, USERS_AUDIENCE, ACTIVATION))).isEqualTo(404);
    assertThat(Clients.statusOf(() -> api.removeActivationFromAudience(SPACE_A, USERS_AUDIENCE, ACTIVATION))).isEqualTo(404);
  }

  @Test
  void removeDestination_withActivations_returns409_andSucceedsOnceTheyAreGone() throws ApiException {
    assertThat(Clients.statusOf(() -> api.removeDestinationFromAudience(SPACE_A, USERS_AUDIENCE, CONNECTION)))
        .isEqualTo(409);

    api.removeActivationFromAudience(SPACE_A, USERS_AUDIENCE, ACTIVATION);

    assertThat(api.removeDestinationFromAudience(SPACE_A, USERS_AUDIENCE, CONNECTION).getData().getStatus())
        .hasToString("SUCCESS");
    assertThat(api.listDestinationsFromAudience(SPACE_A, USERS_AUDIENCE, null, null).getData().getConnections())
        .extracting(SimpleDestination::getId).doesNotContain(CONNECTION);
  }

  @Test
  void updateDestination_replacesIdSyncAndSettings() throws ApiException {
    UpdateDestinationForAudienceAlphaOutput updated = api.updateDestinationForAudience(SPACE_A, USERS_AUDIENCE, CONNECTION,
        new UpdateDestinationForAudienceAlphaInput()
            .idSyncConfiguration(List.of(new IDSyncConfigurationInput().externalId("user_id")
                .strategy(IDSyncConfigurationInput.StrategyEnum.ALL)))
            .connectionSettings(Map.of("listName", "Renamed"))).getData();

    assertThat(updated.getDestination().getId()).isEqualTo(CONNECTION);
    assertThat(updated.getIdSyncConfiguration()).extracting(IDSyncConfigurationOutput::getExternalId).containsExactly("user_id");
    assertThat(updated.getConnectionSettings()).isEqualTo(Map.of("listName", "Renamed"));
    assertThat(connectionById(CONNECTION).getConnectionSettings()).isEqualTo(Map.of("listName", "Renamed"));
  }

  @Test
  void updateDestination_emptyListAndEmptyObject_changeNothing() throws ApiException {
    UpdateDestinationForAudienceAlphaOutput updated = api.updateDestinationForAudience(SPACE_A, USERS_AUDIENCE, CONNECTION,
        new UpdateDestinationForAudienceAlphaInput().idSyncConfiguration(List.of()).connectionSettings(Map.of())).getData();

    assertThat(updated.getIdSyncConfiguration()).extracting(IDSyncConfigurationOutput::getExternalId).containsExactly("email");
    assertThat(updated.getConnectionSettings()).isEqualTo(Map.of("listName", "Test Audience"));
  }

  @Test
  void updateDestination_nullSettings_clearThem() throws ApiException {
    UpdateDestinationForAudienceAlphaOutput updated = api.updateDestinationForAudience(SPACE_A, USERS_AUDIENCE, CONNECTION,
        new UpdateDestinationForAudienceAlphaInput().connectionSettings(null)).getData();

    assertThat(updated.getConnectionSettings()).isNull();
    assertThat(connectionById(CONNECTION).getConnectionSettings()).isNull();
  }

  @Test
  void updateDestination_entryWithoutMapTo_clearsTheMapping() throws ApiException {
    api.updateDestinationForAudience(SPACE_A, USERS_AUDIENCE, CONNECTION, new UpdateDestinationForAudienceAlphaInput()
        .idSyncConfiguration(List.of(new IDSyncConfigurationInput().externalId("email")
            .strategy(IDSyncConfigurationInput.StrategyEnum.LAST).mapTo("email_address"))));

    UpdateDestinationForAudienceAlphaOutput updated = api.updateDestinationForAudience(SPACE_A, USERS_AUDIENCE, CONNECTION,
        new UpdateDestinationForAudienceAlphaInput().idSyncConfiguration(List.of(new IDSyncConfigurationInput()
            .externalId("email").strategy(IDSyncConfigurationInput.StrategyEnum.LAST)))).getData();

    assertThat(updated.getIdSyncConfiguration()).singleElement()
        .satisfies(entry -> assertThat(entry.getMapTo()).isNull());
  }

  @Test
  void updateDestination_withNeitherField_returns400() {
    assertThat(Clients.statusOf(() -> api.updateDestinationForAudience(SPACE_A, USERS_AUDIENCE, CONNECTION,
        new UpdateDestinationForAudienceAlphaInput()))).isEqualTo(400);
  }

  @Test
  void listSupportedDestinations_filtersByAudienceType() throws ApiException {
    Map<String, SupportedDestination> users = asExamples(api.listSupportedDestinationsFromAudience(SPACE_A, "USERS", null, null)
        .getData().getDestinations());
    Map<String, SupportedDestination> accounts = asExamples(api.listSupportedDestinationsFromAudience(SPACE_A, "ACCOUNTS", null, null)
        .getData().getDestinations());

    assertThat(users).containsOnlyKeys("actions-braze-cohorts", "adwords-remarketing-lists", "actions-klaviyo", "snowflake");
    assertThat(accounts).containsKey("actions-hubspot-cloud").doesNotContainKey("actions-klaviyo");
    SupportedDestination braze = users.get("actions-braze-cohorts");
    assertThat(braze.getId()).isEqualTo("5d1f3c9a7b2e4a0012c3d4e5");
    assertThat(braze.getActions()).singleElement().satisfies(action -> {
      assertThat(action.getId()).isEqualTo(BRAZE_ACTION);
      assertThat(action.getName()).isEqualTo("Sync Audience");
      assertThat(action.getFields()).anySatisfy(field -> {
        assertThat(field.getKey()).isEqualTo("email");
        assertThat(field.getRequired()).isTrue();
      });
    });
    assertThat(users.get("adwords-remarketing-lists").getActions()).isEmpty();
    assertThat(users.get("adwords-remarketing-lists").getConnectionSettings()).extracting(f -> f.getKey()).contains("listName");
  }

  @Test
  void listSupportedDestinations_slugAndActionIdNarrowTheList() throws ApiException {
    Map<String, SupportedDestination> bySlug = asExamples(api.listSupportedDestinationsFromAudience(SPACE_A, "LINKED",
        "actions-klaviyo", null).getData().getDestinations());
    Map<String, SupportedDestination> byAction = asExamples(api.listSupportedDestinationsFromAudience(SPACE_A, "USERS",
        null, KLAVIYO_ACTION).getData().getDestinations());

    assertThat(bySlug).containsOnlyKeys("actions-klaviyo");
    assertThat(bySlug.get("actions-klaviyo").getActions()).hasSize(2);
    assertThat(byAction).containsOnlyKeys("actions-klaviyo");
    assertThat(byAction.get("actions-klaviyo").getActions()).extracting(a -> a.getId()).containsExactly(KLAVIYO_ACTION);
  }

  @Test
  void listDestinations_pagesThroughEveryConnectionInCreationOrder() throws ApiException {
    String third = api.addDestinationToAudience(SPACE_A, USERS_AUDIENCE, Clients.connection(KLAVIYO)).getData().getConnection().getId();

    ListDestinationsFromAudienceAlphaOutput first = api.listDestinationsFromAudience(SPACE_A, USERS_AUDIENCE, 2, null).getData();
    ListDestinationsFromAudienceAlphaOutput second = api.listDestinationsFromAudience(SPACE_A, USERS_AUDIENCE, 2,
        first.getPagination().getNext()).getData();

    assertThat(first.getConnections()).extracting(SimpleDestination::getId).containsExactly(CONNECTION, ADWORDS_CONNECTION);
    assertThat(first.getPagination().getTotalEntries()).isEqualTo(3);
    assertThat(first.getPagination().getPrevious()).isNull();
    assertThat(second.getConnections()).extracting(SimpleDestination::getId).containsExactly(third);
    assertThat(second.getPagination().getNext()).isNull();
    assertThat(second.getPagination().getPrevious()).isNotNull();
  }

  @Test
  void listActivations_pagesBackwardsWithPrevious() throws ApiException {
    ListActivationsFromAudienceAlphaOutput first = api.listActivationsFromAudience(SPACE_A, USERS_AUDIENCE, 1, null).getData();
    ListActivationsFromAudienceAlphaOutput second = api.listActivationsFromAudience(SPACE_A, USERS_AUDIENCE, 1,
        first.getPagination().getNext()).getData();
    ListActivationsFromAudienceAlphaOutput back = api.listActivationsFromAudience(SPACE_A, USERS_AUDIENCE, 1,
        second.getPagination().getPrevious()).getData();

    assertThat(first.getActivations()).extracting(ActivationOutput::getId).containsExactly(ACTIVATION);
    assertThat(second.getActivations()).extracting(ActivationOutput::getId).containsExactly(ADWORDS_ACTIVATION);
    assertThat(back.getActivations()).extracting(ActivationOutput::getId).containsExactly(ACTIVATION);
    assertThat(back.getPagination().getCurrent()).isEqualTo(first.getPagination().getCurrent());
  }

  private SimpleDestination connectionById(String id) throws ApiException {
    return api.listDestinationsFromAudience(SPACE_A, USERS_AUDIENCE, 1000, null).getData().getConnections().stream()
        .filter(connection -> connection.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("connection " + id + " is not listed"));
  }

  /** The free-form destinations map read through the lenient example model the mock's entries follow. */
  private static Map<String, SupportedDestination> asExamples(Map<String, Object> destinations) {
    return io.activations.client.ApiClient.createDefaultObjectMapper()
        .convertValue(destinations, new com.fasterxml.jackson.core.type.TypeReference<Map<String, SupportedDestination>>() {});
  }
}
