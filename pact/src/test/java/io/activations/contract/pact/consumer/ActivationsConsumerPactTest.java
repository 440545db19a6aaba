package io.activations.contract.pact.consumer;

import static io.activations.contract.pact.consumer.PactExchanges.EXAMPLE_SPACE_PATH;
import static io.activations.contract.pact.consumer.PactExchanges.SPACE_PATH;
import static io.activations.contract.pact.consumer.PactExchanges.SPEC;
import static io.activations.contract.pact.consumer.PactExchanges.TOKEN;
import static io.activations.contract.pact.consumer.PactExchanges.client;
import static io.activations.contract.pact.consumer.PactExchanges.given;
import static io.activations.contract.pact.consumer.PactExchanges.model;
import static io.activations.contract.pact.consumer.PactExchanges.request;
import static io.activations.contract.pact.consumer.PactExchanges.respond;
import static io.activations.contract.pact.consumer.PactExchanges.withBody;
import static io.activations.contract.mock.states.ProviderStateNames.ACTIVATION_EXISTS;
import static io.activations.contract.mock.states.ProviderStateNames.AUDIENCE_EXISTS;
import static io.activations.contract.mock.states.ProviderStateNames.CONNECTION_WITHOUT_ACTIVATIONS;
import static io.activations.contract.mock.states.ProviderStateNames.CONNECTION_WITH_ACTION;
import static io.activations.contract.mock.states.ProviderStateNames.CONNECTION_WITH_ACTIVATIONS;
import static io.activations.contract.mock.states.ProviderStateNames.DESTINATION_NOT_CONNECTED;
import static io.activations.contract.mock.states.ProviderStateNames.RATE_LIMIT_USED_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import io.activations.client.ApiException;
import io.activations.client.model.AddActivationToAudienceAlphaInput;
import io.activations.client.model.AddDestinationToAudienceAlphaInput;
import io.activations.client.model.UpdateActivationForAudienceAlphaInput;
import io.activations.client.model.UpdateDestinationForAudienceAlphaInput;
import io.activations.contract.pact.matchers.SpecBody;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated Java client as a Pact consumer of the Activations API: the ten operations and the
 * errors a consumer must handle (401, 404, 409, 422, 429). Bodies come from {@code SpecMatchers},
 * narrowed to what the client reads; ids come from provider states, never from the provider.
 */
@PactConsumerTest
@PactTestFor(providerName = PactExchanges.PROVIDER, pactVersion = PactSpecVersion.V4)
class ActivationsConsumerPactTest {

  private static final String ACTIVATION_PATH = SPACE_PATH + "/activations/${activationId}";
  private static final String EXAMPLE_ACTIVATION_PATH = EXAMPLE_SPACE_PATH + "/activations/act_987654321";
  private static final String CONNECTION_PATH = SPACE_PATH + "/destination-connections/${connectionId}";
  private static final String EXAMPLE_CONNECTION_PATH = EXAMPLE_SPACE_PATH + "/destination-connections/ii_123456789";

  // ---- activations ----

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact addActivation(PactDslWithProvider builder) {
    return respond(withBody(request(given(builder, CONNECTION_WITH_ACTION, Map.of()),
            "a request to add an activation to a connection", "POST", CONNECTION_PATH + "/activations",
            EXAMPLE_CONNECTION_PATH + "/activations"),
            "addActivationToAudience", activationBody()),
        "addActivationToAudience", 200, SPEC.response("addActivationToAudience", 200)
            .only("data.activation.id", "data.activation.enabled", "data.activation.activationType",
                "data.activation.connectionId"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addActivation")
  void addActivation_returnsTheNewActivation(MockServer server) throws Exception {
    var created = client(server.getUrl(), TOKEN).addActivationToAudience("spa_9aQ1Lj62S4bomZKLF4DPqW",
        "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "ii_123456789",
        model(activationBody(), AddActivationToAudienceAlphaInput.class));
    assertThat(created.getData().getActivation().getId()).startsWith("act_");
    assertThat(created.getData().getActivation().getConnectionId()).startsWith("ii_");
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact getActivation(PactDslWithProvider builder) {
    return respond(request(given(builder, ACTIVATION_EXISTS, Map.of()),
            "a request for an activation", "GET", ACTIVATION_PATH, EXAMPLE_ACTIVATION_PATH),
        "getActivationFromAudience", 200, SPEC.response("getActivationFromAudience", 200)
            .only("data.activation.id", "data.activation.enabled", "data.activation.activationType",
                "data.activation.activationName", "data.activation.audienceId"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getActivation")
  void getActivation_readsItsFields(MockServer server) throws Exception {
    var activation = client(server.getUrl(), TOKEN)
        .getActivationFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "act_987654321")
        .getData().getActivation();
    assertThat(activation.getId()).startsWith("act_");
    assertThat(activation.getActivationName()).isNotBlank();
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact listActivations(PactDslWithProvider builder) {
    return respond(request(given(builder, ACTIVATION_EXISTS, Map.of()),
            "a request for the first page of an audience's activations", "GET", SPACE_PATH + "/activations",
            EXAMPLE_SPACE_PATH + "/activations")
            .matchQuery("pagination.count", "[0-9]+", "10"),
        "listActivationsFromAudience", 200, SPEC.response("listActivationsFromAudience", 200)
            .only("data.activations.id", "data.activations.enabled", "data.activations.activationType",
                "data.pagination.current"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listActivations")
  void listActivations_readsThePage(MockServer server) throws Exception {
    var page = client(server.getUrl(), TOKEN)
        .listActivationsFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", 10, null)
        .getData();
    assertThat(page.getActivations()).isNotEmpty().allSatisfy(a -> assertThat(a.getId()).startsWith("act_"));
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact updateActivation(PactDslWithProvider builder) {
    return respond(withBody(request(given(builder, ACTIVATION_EXISTS, Map.of()),
            "a request to rename an activation", "PATCH", ACTIVATION_PATH, EXAMPLE_ACTIVATION_PATH),
            "updateActivationForAudience", renameBody()),
        "updateActivationForAudience", 200, SPEC.response("updateActivationForAudience", 200)
            .only("data.activation.id", "data.activation.activationName"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateActivation")
  void updateActivation_returnsTheChangedActivation(MockServer server) throws Exception {
    var updated = client(server.getUrl(), TOKEN).updateActivationForAudience("spa_9aQ1Lj62S4bomZKLF4DPqW",
        "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "act_987654321", model(renameBody(), UpdateActivationForAudienceAlphaInput.class));
    assertThat(updated.getData().getActivation().getActivationName()).isNotBlank();
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact removeActivation(PactDslWithProvider builder) {
    return respond(request(given(builder, ACTIVATION_EXISTS, Map.of()),
            "a request to remove an activation", "DELETE", ACTIVATION_PATH, EXAMPLE_ACTIVATION_PATH),
        "removeActivationFromAudience", 200, SPEC.response("removeActivationFromAudience", 200))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeActivation")
  void removeActivation_reportsSuccess(MockServer server) throws Exception {
    var removed = client(server.getUrl(), TOKEN)
        .removeActivationFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "act_987654321");
    assertThat(removed.getData().getStatus()).isNotNull();
  }

  // ---- connections ----

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact addDestination(PactDslWithProvider builder) {
    SpecBody body = connectBody();
    return respond(withBody(request(given(builder, DESTINATION_NOT_CONNECTED, Map.of()),
            "a request to connect a destination to an audience", "POST", SPACE_PATH + "/destination-connections",
            EXAMPLE_SPACE_PATH + "/destination-connections"),
            "addDestinationToAudience", body),
        "addDestinationToAudience", 200, SPEC.response("addDestinationToAudience", 200).only("data.connection.id"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addDestination")
  void addDestination_returnsTheConnection(MockServer server) throws Exception {
    var connected = client(server.getUrl(), TOKEN).addDestinationToAudience("spa_9aQ1Lj62S4bomZKLF4DPqW",
        "aud_0ujsszwN8NRY24YaXiTIE2VWDTS",
        model(connectBody(), AddDestinationToAudienceAlphaInput.class));
    assertThat(connected.getData().getConnection().getId()).startsWith("ii_");
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact listDestinations(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION_WITH_ACTIVATIONS, Map.of()),
            "a request for an audience's destination connections", "GET", SPACE_PATH + "/destination-connections",
            EXAMPLE_SPACE_PATH + "/destination-connections"),
        "listDestinationsFromAudience", 200, SPEC.response("listDestinationsFromAudience", 200)
            .only("data.connections.id", "data.connections.destinationId", "data.pagination.current"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listDestinations")
  void listDestinations_readsTheConnections(MockServer server) throws Exception {
    var page = client(server.getUrl(), TOKEN)
        .listDestinationsFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", null, null)
        .getData();
    assertThat(page.getConnections()).isNotEmpty();
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact updateDestination(PactDslWithProvider builder) {
    return respond(withBody(request(given(builder, CONNECTION_WITHOUT_ACTIVATIONS, Map.of()),
            "a request to change a connection's settings", "PATCH", CONNECTION_PATH, EXAMPLE_CONNECTION_PATH),
            "updateDestinationForAudience", connectionSettingsBody()),
        "updateDestinationForAudience", 200, SPEC.response("updateDestinationForAudience", 200).only("data.destination.id"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateDestination")
  void updateDestination_returnsTheConnection(MockServer server) throws Exception {
    var updated = client(server.getUrl(), TOKEN).updateDestinationForAudience("spa_9aQ1Lj62S4bomZKLF4DPqW",
        "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "ii_123456789",
        model(connectionSettingsBody(), UpdateDestinationForAudienceAlphaInput.class));
    assertThat(updated.getData().getDestination().getId()).startsWith("ii_");
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact removeDestination(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION_WITHOUT_ACTIVATIONS, Map.of()),
            "a request to remove a connection without activations", "DELETE", CONNECTION_PATH, EXAMPLE_CONNECTION_PATH),
        "removeDestinationFromAudience", 200, SPEC.response("removeDestinationFromAudience", 200))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeDestination")
  void removeDestination_reportsSuccess(MockServer server) throws Exception {
    var removed = client(server.getUrl(), TOKEN)
        .removeDestinationFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "ii_123456789");
    assertThat(removed.getData().getStatus()).isNotNull();
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact listSupportedDestinations(PactDslWithProvider builder) {
    return respond(request(given(builder, AUDIENCE_EXISTS, Map.of()),
            "a request for the destinations an audience type supports", "GET",
            "/spaces/${spaceId}/audienceType/${audienceType}/supported-destinations",
            "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audienceType/USERS/supported-destinations"),
        "listSupportedDestinationsFromAudience", 200, SPEC.response("listSupportedDestinationsFromAudience", 200)
            .only("data.destinations"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listSupportedDestinations")
  void listSupportedDestinations_readsTheCatalogue(MockServer server) throws Exception {
    var supported = client(server.getUrl(), TOKEN)
        .listSupportedDestinationsFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "USERS", null, null).getData();
    assertThat(supported.getDestinations()).isNotNull();
  }

  // ---- errors a consumer must handle ----

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact unauthorized(PactDslWithProvider builder) {
    return builder.given(AUDIENCE_EXISTS)
        .uponReceiving("a request with a token the API does not know")
        .method("GET")
        .pathFromProviderState(SPACE_PATH + "/activations", EXAMPLE_SPACE_PATH + "/activations")
        .matchHeader("Authorization", "Bearer .+", "Bearer not-a-known-token")
        .willRespondWith().status(401)
        .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
        .body(SPEC.response("listActivationsFromAudience", 401).only("errors.type", "errors.message").build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unauthorized")
  void unknownToken_gives401(MockServer server) {
    ApiException error = catchThrowableOfType(ApiException.class, () -> client(server.getUrl(), "not-a-known-token")
        .listActivationsFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", null, null));
    assertThat(error.getCode()).isEqualTo(401);
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact activationMissing(PactDslWithProvider builder) {
    return respond(request(given(builder, AUDIENCE_EXISTS, Map.of()),
            "a request for an activation that does not exist", "GET",
            SPACE_PATH + "/activations/act_doesNotExist404", EXAMPLE_SPACE_PATH + "/activations/act_doesNotExist404"),
        "getActivationFromAudience", 404, SPEC.response("getActivationFromAudience", 404).only("errors.type", "errors.message"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "activationMissing")
  void missingActivation_gives404(MockServer server) {
    ApiException error = catchThrowableOfType(ApiException.class, () -> client(server.getUrl(), TOKEN)
        .getActivationFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "act_doesNotExist404"));
    assertThat(error.getCode()).isEqualTo(404);
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact connectionStillActive(PactDslWithProvider builder) {
    return respond(request(given(builder, CONNECTION_WITH_ACTIVATIONS, Map.of()),
            "a request to remove a connection that still has activations", "DELETE", CONNECTION_PATH, EXAMPLE_CONNECTION_PATH),
        "removeDestinationFromAudience", 409, SPEC.response("removeDestinationFromAudience", 409).only("errors.type", "errors.message"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "connectionStillActive")
  void removingAConnectionWithActivations_gives409(MockServer server) {
    ApiException error = catchThrowableOfType(ApiException.class, () -> client(server.getUrl(), TOKEN)
        .removeDestinationFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "ii_123456789"));
    assertThat(error.getCode()).isEqualTo(409);
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact pageSizeOutOfBounds(PactDslWithProvider builder) {
    return respond(request(given(builder, AUDIENCE_EXISTS, Map.of()),
            "a request for a page of zero activations", "GET", SPACE_PATH + "/activations", EXAMPLE_SPACE_PATH + "/activations")
            .query("pagination.count=0"),
        "listActivationsFromAudience", 422, SPEC.response("listActivationsFromAudience", 422)
            .only("errors.type", "errors.message", "errors.field"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "pageSizeOutOfBounds")
  void pageSizeOutOfBounds_gives422WithTheEnvelope(MockServer server) {
    ApiException error = catchThrowableOfType(ApiException.class, () -> client(server.getUrl(), TOKEN)
        .listActivationsFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", 0, null));
    assertThat(error.getCode()).isEqualTo(422);
    assertThat(error.getResponseBody()).contains("\"errors\"");
  }

  @Pact(consumer = PactExchanges.CONSUMER)
  V4Pact rateLimited(PactDslWithProvider builder) {
    return respond(request(given(builder, RATE_LIMIT_USED_UP, Map.of("operationId", "listActivationsFromAudience")),
            "a request after the operation's budget is used up", "GET", SPACE_PATH + "/activations",
            EXAMPLE_SPACE_PATH + "/activations"),
        "listActivationsFromAudience", 429, SPEC.response("listActivationsFromAudience", 429)
            .only("errors.type", "errors.message", "errors.status"), "Retry-After")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rateLimited")
  void usedUpBudget_gives429WithRetryAfter(MockServer server) {
    ApiException error = catchThrowableOfType(ApiException.class, () -> client(server.getUrl(), TOKEN)
        .listActivationsFromAudience("spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", null, null));
    assertThat(error.getCode()).isEqualTo(429);
    assertThat(error.getResponseHeaders().firstValue("Retry-After")).isPresent();
    assertThat(error.getResponseHeaders().firstValue("X-RateLimit-Remaining")).isPresent();
  }

  private static SpecBody activationBody() {
    // what this consumer sends: no entities (a classic audience refuses them), no warehouse displayName
    return SPEC.request("addActivationToAudience")
        .only("enabled", "performResync", "activationType", "activationName", "personalization.profile", "destinationMapping")
        .fromProviderState("destinationMapping.actionId", "${actionId}");
  }

  private static SpecBody connectBody() {
    return SPEC.request("addDestinationToAudience").only("destination").fromProviderState("destination.id", "${destinationId}");
  }

  private static SpecBody renameBody() {
    return SPEC.request("updateActivationForAudience").only("activationName");
  }

  private static SpecBody connectionSettingsBody() {
    return SPEC.request("updateDestinationForAudience").only("connectionSettings");
  }
}
