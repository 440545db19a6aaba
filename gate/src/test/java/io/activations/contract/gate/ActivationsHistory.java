package io.activations.contract.gate;

import static io.activations.contract.gate.HistoryDocument.SPACE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Activations endpoints' real history (shared/reference/activations-history.md §2), one step
 * per SDK commit, each applied to the previous version's fragment, with the verdict the table gives.
 */
final class ActivationsHistory {

  /** One row: the SDK commit, the version it produced, what changed, and the expected verdict. */
  record Step(String commit, String version, String change, Level expected, HistoryDocument before, HistoryDocument after) {
    @Override
    public String toString() {
      return commit + " " + version + " " + change;
    }
  }

  private static final String V1ALPHA = "application/vnd.segment.v1alpha+json";

  private ActivationsHistory() {}

  static String path(String template) {
    return "/paths/" + template.replace("~", "~0").replace("/", "~1");
  }

  private static String operation(String id, String params, String responseSchema) {
    return "{operationId: " + id + ", parameters: [" + params + "], responses: {'200': {description: OK, content: {'" + V1ALPHA
        + "': {schema: " + responseSchema + "}}}}}";
  }

  private static final String SPACE_PARAMS = "{$ref: '#/components/parameters/spaceId'}, {$ref: '#/components/parameters/audienceId'}";
  private static final String CONNECTION_PARAMS = SPACE_PARAMS + ", {$ref: '#/components/parameters/connectionId'}";

  static List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    HistoryDocument[] current = {HistoryDocument.baseline()};
    class Recorder {
      void step(String commit, String version, String change, Level expected, UnaryOperator<HistoryDocument> edit) {
        HistoryDocument next = edit.apply(current[0].copy().version(version));
        steps.add(new Step(commit, version, change, expected, current[0], next));
        current[0] = next;
      }
    }
    Recorder history = new Recorder();
    history.step("6dc8006d", "59.0.0", "paths moved under destination-connections; create body replaced", Level.ERR, d -> d
        .movePath(SPACE + "/destinations", SPACE + "/destination-connections")
        .movePath(SPACE + "/{connectionId}/activations", SPACE + "/destination-connections/{connectionId}/activations")
        .movePath(SPACE + "/{connectionId}/activations/{activationId}", SPACE + "/destination-connections/{connectionId}/activations/{activationId}")
        .put("/components/schemas/AddActivationToAudienceAlphaInput", "{type: object, "
            + "required: [destinationId, performFirstSync, activationType, activationName, personalization, destinationMapping], "
            + "properties: {destinationId: {type: string}, performFirstSync: {type: boolean}, activationType: {type: string}, "
            + "activationName: {type: string}, personalization: {$ref: '#/components/schemas/PersonalizationInput'}, "
            + "destinationMapping: {type: object}, idSyncConfiguration: {type: object}}}")
        .put("/components/schemas/PersonalizationInput",
            "{type: object, required: [profile], properties: {profile: {$ref: '#/components/schemas/Profile'}}}")
        .put("/components/schemas/Profile", "{type: object, required: [properties], properties: {properties: {type: array, items: {type: string}}}}"));
    history.step("e2d84284", "59.1.0", "create body drops required destinationId", Level.WARN, d -> d
        .required("AddActivationToAudienceAlphaInput", "performFirstSync", "activationType", "activationName", "personalization", "destinationMapping")
        .removeProperty("AddActivationToAudienceAlphaInput", "destinationId"));
    history.step("26e04f4e", "59.1.0", "performFirstSync renamed performResync; responses ActivationSummaryOutput -> ActivationOutput", Level.ERR, d -> d
        .removeProperty("AddActivationToAudienceAlphaInput", "performFirstSync")
        .property("AddActivationToAudienceAlphaInput", "performResync", "{type: boolean}")
        .required("AddActivationToAudienceAlphaInput", "performResync", "activationType", "activationName", "personalization", "destinationMapping")
        .put("/components/schemas/ActivationOutput", "{type: object, required: [id, enabled, workspaceId, spaceId, audienceId, "
            + "activationName, activationType, personalization, destinationMapping, destinationConnectionId], properties: {"
            + "id: {type: string}, enabled: {type: boolean}, workspaceId: {type: string}, spaceId: {type: string}, "
            + "audienceId: {type: string}, activationName: {type: string}, activationType: {type: string}, "
            + "personalization: {$ref: '#/components/schemas/PersonalizationInput'}, destinationMapping: {type: object}, "
            + "destinationConnectionId: {type: string}}}")
        .retarget("ActivationSummaryOutput", "ActivationOutput")
        .remove("/components/schemas/ActivationSummaryOutput"));
    history.step("813a3474", "59.2.0", "+ listDestinationsFromAudience", Level.INFO, d -> d
        .put(path(SPACE + "/destination-connections") + "/get", operation("listDestinationsFromAudience", SPACE_PARAMS,
            "{type: object, properties: {connections: {type: array, items: {type: object}}}}")));
    history.step("e485b1ee", "59.6.1", "PersonalizationInput + optional syncEntityPropertyChanges", Level.INFO, d -> d
        .property("PersonalizationInput", "syncEntityPropertyChanges", "{type: boolean}"));
    history.step("43c0a451", "61.1.4", "destinationMapping optional in the create input and in ActivationOutput", Level.ERR, d -> d
        .required("AddActivationToAudienceAlphaInput", "performResync", "activationType", "activationName", "personalization")
        .required("ActivationOutput", "id", "enabled", "workspaceId", "spaceId", "audienceId", "activationName", "activationType",
            "personalization", "destinationConnectionId"));
    history.step("90c88737", "61.1.4", "idSyncConfiguration object -> IDSyncConfigurationInput[]; output + required idSyncConfiguration", Level.ERR, d -> d
        .put("/components/schemas/IDSyncConfigurationInput",
            "{type: object, required: [id, strategy], properties: {id: {type: string}, strategy: {type: string}}}")
        .property("AddActivationToAudienceAlphaInput", "idSyncConfiguration",
            "{type: array, items: {$ref: '#/components/schemas/IDSyncConfigurationInput'}}")
        .property("ActivationOutput", "idSyncConfiguration", "{type: array, items: {$ref: '#/components/schemas/IDSyncConfigurationInput'}}")
        .required("ActivationOutput", "id", "enabled", "workspaceId", "spaceId", "audienceId", "activationName", "activationType",
            "personalization", "destinationConnectionId", "idSyncConfiguration"));
    history.step("aa5da97c", "61.1.4", "ActivationOutput.destinationConnectionId -> connectionId", Level.ERR, d -> d
        .removeProperty("ActivationOutput", "destinationConnectionId")
        .property("ActivationOutput", "connectionId", "{type: string}")
        .required("ActivationOutput", "id", "enabled", "workspaceId", "spaceId", "audienceId", "activationName", "activationType",
            "personalization", "connectionId", "idSyncConfiguration"));
    history.step("22469d20", "61.2.0", "+ listSupportedDestinationsFromAudience", Level.INFO, d -> d
        .put(path(SPACE + "/supported-destinations"), "{get: " + operation("listSupportedDestinationsFromAudience", SPACE_PARAMS,
            "{type: object, properties: {destinations: {type: object}}}") + "}"));
    history.step("95451241", "61.2.0", "add-destination output + optional connectionSettings", Level.INFO, d -> d
        .put("/components/schemas/AddDestinationToAudienceAlphaOutput/properties/connection/properties/connectionSettings", "{type: object}"));
    history.step("a0e5a596", "72.0.0", "+ removeDestinationFromAudience", Level.INFO, d -> d
        .put(path(SPACE + "/destination-connections/{connectionId}"), "{delete: " + operation("removeDestinationFromAudience",
            CONNECTION_PARAMS, "{type: object, properties: {status: {type: string}}}") + "}"));
    history.step("f78e3f68", "72.1.0", "+ updateDestinationForAudience", Level.INFO, d -> d
        .put(path(SPACE + "/destination-connections/{connectionId}") + "/patch", operation("updateDestinationForAudience",
            CONNECTION_PARAMS, "{type: object, properties: {connection: {type: object}}}")));
    history.step("d324e8af", "72.1.0", "IDSyncConfigurationInput + optional mapTo", Level.INFO, d -> d
        .property("IDSyncConfigurationInput", "mapTo", "{type: string}"));
    history.step("f2e3ead1", "73.0.0", "optional displayName on create/update input and ActivationOutput", Level.INFO, d -> d
        .property("AddActivationToAudienceAlphaInput", "displayName", "{type: string}")
        .property("UpdateActivationForAudienceAlphaInput", "displayName", "{type: string}")
        .property("ActivationOutput", "displayName", "{type: string}"));
    history.step("a92bfcce", "73.2.0", "personalization optional on create; output keeps the old structure behind new names", Level.INFO, d -> d
        .put("/components/schemas/PersonalizationOutput", "{type: object, required: [profile], properties: {"
            + "profile: {$ref: '#/components/schemas/Profile1'}, syncEntityPropertyChanges: {type: boolean}}}")
        .put("/components/schemas/Profile1", "{type: object, required: [properties], properties: {properties: {type: array, items: {type: string}}}}")
        .property("ActivationOutput", "personalization", "{$ref: '#/components/schemas/PersonalizationOutput'}")
        .required("AddActivationToAudienceAlphaInput", "performResync", "activationType", "activationName")
        .remove("/components/schemas/PersonalizationInput/required")
        .remove("/components/schemas/Profile/required"));
    return steps;
  }
}
