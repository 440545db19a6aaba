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

  private final AudienceType audienceType;
  // what the body sends, read here, before the store's lock is taken; null where the field is absent
  private final Boolean enabled;
  private final String activationName;
  private final boolean sentDisplayName;
  private final String displayName;
  private final boolean sentPersonalization;
  private final Profile profile;
  private final boolean sentProfile;
  private final List<PersonalizationEntity> entities;
  private final boolean sentEntities;
  private final Boolean syncEntityPropertyChanges;
  private final DestinationMapping mapping;
  private final Boolean performResync;

  ActivationPatch(JsonNode body, AudienceType audienceType) {
    this.audienceType = audienceType;
    this.enabled = RequestBodies.bool(body, "enabled", null);
    JsonNode name = body.get("activationName");
    this.activationName = name != null && name.isTextual() && !name.asText().isEmpty() ? name.asText() : null;
    this.sentDisplayName = body.has("displayName");
    this.displayName = sentDisplayName && !body.get("displayName").isNull() ? RequestBodies.text(body, "displayName")
        : null;
    JsonNode sent = body.get("personalization");
    this.sentPersonalization = sent != null && !sent.isNull();
    this.sentProfile = sentPersonalization && sent.has("profile");
    this.profile = sentProfile ? RequestBodies.read(sent.get("profile"), Profile.class, "personalization.profile") : null;
    this.sentEntities = sentPersonalization && sent.has("entities");
    this.entities = sentEntities ? entitiesOf(RequestBodies.read(sent, Personalization.class, "personalization")) : null;
    this.syncEntityPropertyChanges = sentPersonalization ? RequestBodies.bool(sent, "syncEntityPropertyChanges", null)
        : null;
    JsonNode sentMapping = body.get("destinationMapping");
    this.mapping = sentMapping == null || sentMapping.isNull() ? null
        : RequestBodies.read(sentMapping, DestinationMapping.class, "destinationMapping");
    this.performResync = RequestBodies.bool(body, "performResync", null);
  }

  private List<PersonalizationEntity> entitiesOf(Personalization parsed) {
    List<PersonalizationEntity> replacement = parsed.entities() == null ? List.of() : parsed.entities();
    if (!replacement.isEmpty() && !DestinationRules.entitiesAllowed(audienceType)) {
      throw ApiProblem.unprocessable("personalization.entities",
          "personalization.entities can only be set on a linked audience");
    }
    return replacement;
  }

  /**
   * Merges the patch into the stored activation; only computes (no JSON), as it runs under the store's lock.
   *
   * @param offeredActionCheck verifies an action id when the activation had no mapping before
   */
  Activation apply(Activation current, Consumer<String> offeredActionCheck) {
    return new Activation(current.id(), current.connectionId(), enabled == null ? current.enabled() : enabled,
        current.activationType(), activationName == null ? current.activationName() : activationName,
        sentDisplayName ? displayName : current.displayName(), personalization(current.personalization()),
        mapping(current.destinationMapping(), offeredActionCheck),
        performResync == null ? current.performResync() : performResync);
  }

  private Personalization personalization(Personalization current) {
    if (!sentPersonalization) {
      return current;
    }
    Profile newProfile = sentProfile ? profile : current.profile();
    List<PersonalizationEntity> newEntities = current.entities();
    if (sentEntities) {
      newEntities = entities.isEmpty() ? null : entities;
    }
    Boolean sync = syncEntityPropertyChanges == null ? current.syncEntityPropertyChanges() : syncEntityPropertyChanges;
    return new Personalization(newProfile, newEntities, sync);
  }

  private DestinationMapping mapping(DestinationMapping current, Consumer<String> offeredActionCheck) {
    if (mapping == null) {
      return current;
    }
    if (current == null) {
      offeredActionCheck.accept(mapping.actionId());
      return mapping;
    }
    Map<String, Object> merged = new LinkedHashMap<>();
    if (current.settings() != null) {
      merged.putAll(current.settings());
    }
    if (mapping.settings() != null) {
      merged.putAll(mapping.settings());
    }
    return new DestinationMapping(current.actionId(), current.settings() == null && mapping.settings() == null ? null : merged);
  }
}
