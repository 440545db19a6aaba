package io.activations.contract.pact.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Pact files built in code: one interaction the spec allows per operation used, in V2, V3 or V4 layout. */
final class PactFixture {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUDIENCE = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS";
  static final String VENDOR_JSON = "application/vnd.segment.v1alpha+json";

  private PactFixture() {}

  static ObjectNode getActivation() {
    ObjectNode interaction = interaction("a request for an activation", "GET", AUDIENCE + "/activations/act_987654321");
    ObjectNode activation = response(interaction).putObject("data").putObject("activation");
    activation.put("id", "act_987654321").put("enabled", true);
    return interaction;
  }

  static ObjectNode listActivations() {
    ObjectNode interaction = interaction("a request for activations", "GET", AUDIENCE + "/activations");
    response(interaction).putObject("data").putArray("activations").addObject().put("id", "act_987654321");
    return interaction;
  }

  static ObjectNode addActivation() {
    ObjectNode interaction = interaction("a request to add an activation", "POST",
        AUDIENCE + "/destination-connections/ii_123456789/activations");
    ObjectNode request = (ObjectNode) interaction.get("request");
    ((ObjectNode) request.get("headers")).put("Content-Type", VENDOR_JSON);
    ObjectNode body = request.putObject("body");
    body.put("activationType", "Audience Entered").put("activationName", "Test").put("performResync", false);
    body.putObject("personalization").putObject("profile").putArray("properties").add("email");
    response(interaction).putObject("data").putObject("activation").put("id", "act_1");
    return interaction;
  }

  private static ObjectNode interaction(String description, String method, String path) {
    ObjectNode interaction = JSON.createObjectNode();
    interaction.put("description", description);
    interaction.putArray("providerStates").addObject().put("name", "an activation exists");
    ObjectNode request = interaction.putObject("request");
    request.put("method", method).put("path", path);
    request.putObject("headers").put("Authorization", "Bearer mock-token-workspace-a");
    ObjectNode response = interaction.putObject("response");
    response.put("status", 200);
    response.putObject("headers").put("Content-Type", VENDOR_JSON);
    return interaction;
  }

  private static ObjectNode response(ObjectNode interaction) {
    return ((ObjectNode) interaction.get("response")).putObject("body");
  }

  static ObjectNode v3(ObjectNode interaction) {
    return pact(interaction, "3.0.0");
  }

  /** V2: one state as a string, the query as a string. */
  static ObjectNode v2(ObjectNode interaction) {
    interaction.put("providerState", interaction.get("providerStates").get(0).get("name").asText());
    interaction.remove("providerStates");
    return pact(interaction, "2.0.0");
  }

  /** V4: typed interactions, header values as lists, bodies wrapped with their content type. */
  static ObjectNode v4(ObjectNode interaction) {
    interaction.put("type", "Synchronous/HTTP");
    for (String part : new String[] {"request", "response"}) {
      ObjectNode message = (ObjectNode) interaction.get(part);
      ObjectNode headers = (ObjectNode) message.get("headers");
      ObjectNode listed = JSON.createObjectNode();
      headers.fields().forEachRemaining(header -> listed.putArray(header.getKey()).add(header.getValue().asText()));
      message.set("headers", listed);
      if (message.has("body")) {
        ObjectNode body = JSON.createObjectNode();
        body.set("content", message.get("body"));
        body.put("contentType", headers.path("Content-Type").asText(VENDOR_JSON));
        body.put("encoded", false);
        message.set("body", body);
      }
    }
    return pact(interaction, "4.0");
  }

  private static ObjectNode pact(ObjectNode interaction, String version) {
    ObjectNode pact = JSON.createObjectNode();
    pact.putObject("consumer").put("name", "a-consumer");
    pact.putObject("provider").put("name", "activations-api");
    pact.putArray("interactions").add(interaction);
    pact.putObject("metadata").putObject("pactSpecification").put("version", version);
    return pact;
  }
}
