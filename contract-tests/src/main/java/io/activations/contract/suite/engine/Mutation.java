package io.activations.contract.suite.engine;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One way to break a valid value, one fault at a time.
 *
 * @param location the field it breaks ({@code personalization.profile}), or the parameter name
 * @param keyword the JSON Schema keyword the broken value violates ({@code required}, {@code type}, ...)
 * @param description what was done, for the case name
 * @param value the broken body (for a body mutation) or the broken parameter value
 */
record Mutation(String location, String keyword, String description, JsonNode value) {}
