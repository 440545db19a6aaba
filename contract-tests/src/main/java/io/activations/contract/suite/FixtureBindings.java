package io.activations.contract.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * Where the target's fixture ids go: which path parameters they fill, which created resource an
 * existing id stands for, and which body fields of the spec's examples must carry the target's own
 * ids instead of the example's. The only place that knows the API's parameter and field names.
 */
final class FixtureBindings {

  /** Collection segments of the created resources, as the paths name them. */
  static final String CONNECTIONS = "destination-connections";
  static final String ACTIVATIONS = "activations";
  /** The path parameter naming the audience. */
  static final String AUDIENCE_PARAMETER = "audienceId";

  private final TargetFixtures fixtures;
  private final Map<String, String> pathValues;

  FixtureBindings(TargetFixtures fixtures) {
    this.fixtures = fixtures;
    this.pathValues = Map.of(
        "spaceId", fixtures.spaceId(),
        AUDIENCE_PARAMETER, fixtures.audienceId(),
        "audienceType", fixtures.audienceType());
  }

  TargetFixtures fixtures() {
    return fixtures;
  }

  /** The fixture value of a path parameter that names an existing (not created) resource. */
  Optional<String> pathValue(String parameter) {
    return Optional.ofNullable(pathValues.get(parameter));
  }

  /** An existing resource of {@code collection} named in the fixtures (used when writes are off). */
  Optional<String> existing(String collection) {
    return switch (collection) {
      case CONNECTIONS -> fixtures.connectionId();
      case ACTIVATIONS -> fixtures.activationId();
      default -> Optional.empty();
    };
  }

  /** The other workspace's value for a path parameter, or for the resource a collection holds. */
  Optional<String> foreignValue(String parameter, Optional<String> collection) {
    return fixtures.otherWorkspace().flatMap(other -> {
      if (collection.isPresent()) {
        return switch (collection.get()) {
          case CONNECTIONS -> Optional.of(other.connectionId());
          case ACTIVATIONS -> Optional.of(other.activationId());
          default -> Optional.empty();
        };
      }
      return switch (parameter) {
        case "spaceId" -> Optional.of(other.spaceId());
        case "audienceId" -> Optional.of(other.audienceId());
        default -> Optional.empty();
      };
    });
  }

  /**
   * The spec's example body with the target's ids in it: the destination to connect and the
   * action to map. Without an action id in the fixtures the mapping is left out, which suits a
   * destination that is not an Action destination.
   */
  JsonNode bindBody(JsonNode example) {
    if (!example.isObject()) {
      return example;
    }
    ObjectNode body = example.deepCopy();
    if (body.path("destination").isObject()) {
      ((ObjectNode) body.get("destination")).put("id", fixtures.destinationId());
    }
    if (body.path("destinationMapping").isObject()) {
      if (fixtures.actionId().isPresent()) {
        ((ObjectNode) body.get("destinationMapping")).put("actionId", fixtures.actionId().get());
      } else {
        body.remove("destinationMapping");
      }
    }
    return body;
  }

  /** An id of the same style as {@code real} that names nothing: {@code spa_...} stays {@code spa_...}. */
  static String missingLike(String real) {
    int underscore = real.indexOf('_');
    String prefix = underscore > 0 && underscore < 8 ? real.substring(0, underscore + 1) : "";
    return prefix + "contractSuiteMissing0000";
  }
}
