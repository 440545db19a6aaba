package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.mock.fixtures.Activation;
import io.activations.contract.mock.fixtures.AudienceType;
import io.activations.contract.mock.fixtures.DestinationMapping;
import io.activations.contract.mock.fixtures.Personalization;
import io.activations.contract.mock.fixtures.PersonalizationEntity;
import io.activations.contract.mock.fixtures.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * updateActivationForAudience's merge rules, applied to the stored activation: only fields that
 * are sent change; an empty activationName is ignored; displayName null clears it; profile and
 * entities are replaced separately ({@code entities: []} removes them all); the mapping's actionId
 * must be sent with it but a different one has no effect (as the vendor documents), and its
 * settings are merged key by key.
 */
final class ActivationPatch {

  private final JsonNode body;
  private final AudienceType audienceType;

  ActivationPatch(JsonNode body, AudienceType audienceType) {
    this.body = body;
    this.audienceType = audienceType;
  }

  /** @param offeredActionCheck verifies an action id when the activation had no mapping before */
  Activation apply(Activation current, Consumer<String> offeredActionCheck) {
    Boolean enabled = RequestBodies.bool(body, "enabled", current.enabled());
    String activationName = current.activationName();
    JsonNode name = body.get("activationName");
    if (name != null && name.isTextual() && !name.asText().isEmpty()) {
      activationName = name.asText();
    }
    String displayName = current.displayName();
    if (body.has("displayName")) {
      displayName = body.get("displayName").isNull() ? null : RequestBodies.text(body, "displayName");
    }
    return new Activation(current.id(), current.connectionId(), enabled, current.activationType(), activationName,
        displayName, personalization(current.personalization()), mapping(current.destinationMapping(), offeredActionCheck),
        RequestBodies.bool(body, "performResync", current.performResync()));
  }

  private Personalization personalization(Personalization current) {
    JsonNode sent = body.get("personalization");
    if (sent == null || sent.isNull()) {
      return current;
    }
    Profile profile = sent.has("profile")
        ? RequestBodies.read(sent.get("profile"), Profile.class, "personalization.profile")
        : current.profile();
    List<PersonalizationEntity> entities = current.entities();
    if (sent.has("entities")) {
      Personalization parsed = RequestBodies.read(sent, Personalization.class, "personalization");
      List<PersonalizationEntity> replacement = parsed.entities() == null ? List.of() : parsed.entities();
      if (!replacement.isEmpty() && !DestinationRules.entitiesAllowed(audienceType)) {
        throw ApiProblem.unprocessable("personalization.entities",
            "personalization.entities can only be set on a linked audience");
      }
      entities = replacement.isEmpty() ? null : replacement;
    }
    Boolean sync = RequestBodies.bool(sent, "syncEntityPropertyChanges", current.syncEntityPropertyChanges());
    return new Personalization(profile, entities, sync);
  }

  private DestinationMapping mapping(DestinationMapping current, Consumer<String> offeredActionCheck) {
    JsonNode sent = body.get("destinationMapping");
    if (sent == null || sent.isNull()) {
      return current;
    }
    DestinationMapping requested = RequestBodies.read(sent, DestinationMapping.class, "destinationMapping");
    if (current == null) {
      offeredActionCheck.accept(requested.actionId());
      return requested;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    if (current.settings() != null) {
      merged.putAll(current.settings());
    }
    if (requested.settings() != null) {
      merged.putAll(requested.settings());
    }
    return new DestinationMapping(current.actionId(), current.settings() == null && requested.settings() == null ? null : merged);
  }
}
