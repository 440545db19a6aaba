package io.activations.contract.mock;

/** Ids of the default fixtures, and the API's paths built from them. */
final class DefaultWorld {

  static final String WORKSPACE_A = "wrk_7Kq2Vd9LmP4xR8sT1uW3yZ";
  static final String SPACE_A = "spa_9aQ1Lj62S4bomZKLF4DPqW";
  static final String USERS_AUDIENCE = "aud_0ujsszwN8NRY24YaXiTIE2VWDTS";
  static final String LINKED_AUDIENCE = "aud_2mLnK8pQ4rS6tU8vW0xY2zA4bC";
  static final String ACCOUNTS_AUDIENCE = "aud_3pRtY7uI9oP1aS3dF5gH7jK9lZ";
  static final String BRAZE = "dst_2yJ8pF4nQ6rT0vX3zB5cD7";
  static final String ADWORDS = "dst_4kM6nB8vC0xZ2lK4jH6gF8dS";
  static final String KLAVIYO = "dst_6qW8eR0tY2uI4oP6aS8dF0gH";
  static final String SNOWFLAKE = "dst_8zX0cV2bN4mL6kJ8hG0fD2sA";
  static final String BRAZE_ACTION = "5vKpRbHyM2f7Sx8Ab3nDqT";
  static final String KLAVIYO_ACTION = "8kTqWm3ZrB6yNc1Pd9Fh4J";
  /** Connection of the USERS audience to Braze, with one activation. */
  static final String CONNECTION = "ii_123456789";
  static final String ACTIVATION = "act_987654321";
  /** Connection of the USERS audience to Google Ads (no actions), with one activation. */
  static final String ADWORDS_CONNECTION = "ii_345678912";
  static final String ADWORDS_ACTIVATION = "act_876543219";
  /** Connection of the LINKED audience to Braze, without activations. */
  static final String LINKED_CONNECTION = "ii_234567891";

  static final String SPACE_B = "spa_3Xc5Vb7Nm9Lk1Jh3Gf5Ds7Aq";
  static final String AUDIENCE_B = "aud_5tGbYhNuJmIk8Ol9Pq1Wr3Es5D";
  static final String DESTINATION_B = "dst_1aS3dF5gH7jK9lQ1wE3rT5yU";
  static final String CONNECTION_B = "ii_555000111";
  static final String ACTIVATION_B = "act_555000222";

  private DefaultWorld() {}

  static String audience(String space, String audience) {
    return "/spaces/" + space + "/audiences/" + audience;
  }

  static String activations(String space, String audience) {
    return audience(space, audience) + "/activations";
  }

  static String activation(String space, String audience, String id) {
    return activations(space, audience) + "/" + id;
  }

  static String connections(String space, String audience) {
    return audience(space, audience) + "/destination-connections";
  }

  static String connection(String space, String audience, String id) {
    return connections(space, audience) + "/" + id;
  }

  static String connectionActivations(String space, String audience, String connection) {
    return connection(space, audience, connection) + "/activations";
  }

  static String supported(String space, String audienceType) {
    return "/spaces/" + space + "/audienceType/" + audienceType + "/supported-destinations";
  }

  /** The usual activation body; {@code extra} is spliced in as more top-level fields. */
  static String activationBody(String activationType, String extra) {
    return "{\"activationType\":\"" + activationType + "\",\"activationName\":\"Created in a test\","
        + "\"performResync\":false,\"personalization\":{\"profile\":{\"properties\":[\"email\"]}}"
        + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static String connectionBody(String destinationId) {
    return "{\"destination\":{\"id\":\"" + destinationId + "\",\"type\":\"destination\"}}";
  }
}
