package io.activations.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The examples of the spec, read from the document as written (so each body still names its
 * component schema), with {@code $ref}s to parameters, request bodies, responses and examples
 * followed. Everything the client tests check is derived from here, never listed by hand.
 */
public final class SpecExamples {

    private final Spec spec;
    private final JsonNode document;

    private SpecExamples(Spec spec) {
        this.spec = spec;
        this.document = spec.document();
    }

    public static SpecExamples of(Spec spec) {
        return new SpecExamples(spec);
    }

    /** One example of one response body of one operation. */
    public record ResponseExample(String operationId, String status, String mediaType, String exampleName,
                                  String schemaRef, JsonNode value) {

        @Override
        public String toString() {
            return operationId + " " + status + " " + mediaType + (exampleName == null ? "" : " [" + exampleName + "]");
        }
    }

    /** A parameter with its schema and its example (null when it has none). */
    public record ParameterExample(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    /** A request body example with the component schema it must match. */
    public record BodyExample(String mediaType, String schemaRef, JsonNode value) {
    }

    /** What a test needs to send one operation's example request and to answer it. */
    public record OperationExample(SpecOperation operation, List<ParameterExample> parameters,
                                   Optional<BodyExample> body, Set<String> responseMediaTypes,
                                   ResponseExample success) {

        @Override
        public String toString() {
            return operation.operationId() + ": " + operation.method() + " " + operation.pathTemplate();
        }
    }

    /** Every example of every response of every operation, in document order. */
    public List<ResponseExample> responseExamples() {
        List<ResponseExample> examples = new ArrayList<>();
        for (SpecOperation operation : spec.operations()) {
            examples.addAll(responseExamples(operation));
        }
        return examples;
    }

    /** One request example per operation, in document order. */
    public List<OperationExample> operationExamples() {
        List<OperationExample> examples = new ArrayList<>();
        for (SpecOperation operation : spec.operations()) {
            List<ResponseExample> responses = responseExamples(operation);
            ResponseExample success = responses.stream()
                    .filter(example -> example.status().startsWith("2"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(operation.operationId() + " has no example of a 2xx response"));
            Set<String> mediaTypes = new LinkedHashSet<>();
            responses(operation).forEach((status, response) -> response.path("content").fieldNames().forEachRemaining(mediaTypes::add));
            examples.add(new OperationExample(operation, parameters(operation), body(operation), mediaTypes, success));
        }
        return examples;
    }

    private List<ResponseExample> responseExamples(SpecOperation operation) {
        List<ResponseExample> examples = new ArrayList<>();
        responses(operation).forEach((status, response) -> {
            for (Iterator<Map.Entry<String, JsonNode>> media = response.path("content").fields(); media.hasNext(); ) {
                Map.Entry<String, JsonNode> content = media.next();
                String location = operation.operationId() + " response " + status + " " + content.getKey();
                String schemaRef = schemaRef(content.getValue(), location);
                examples(content.getValue()).forEach((name, value) ->
                        examples.add(new ResponseExample(operation.operationId(), status, content.getKey(), name, schemaRef, value)));
            }
        });
        return examples;
    }

    private Map<String, JsonNode> responses(SpecOperation operation) {
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        operationNode(operation).path("responses").fields()
                .forEachRemaining(entry -> responses.put(entry.getKey(), resolve(entry.getValue())));
        return responses;
    }

    private List<ParameterExample> parameters(SpecOperation operation) {
        // path-level parameters first; an operation's own parameter of the same name and place replaces one
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode level : List.of(pathNode(operation).path("parameters"), operationNode(operation).path("parameters"))) {
            for (JsonNode reference : level) {
                JsonNode parameter = resolve(reference);
                byKey.put(parameter.path("in").asText() + ":" + parameter.path("name").asText(), parameter);
            }
        }
        List<ParameterExample> parameters = new ArrayList<>();
        for (JsonNode parameter : byKey.values()) {
            JsonNode schema = resolve(parameter.path("schema"));
            JsonNode example = parameter.has("example") ? parameter.get("example")
                    : firstExample(parameter).orElse(schema.has("example") ? schema.get("example") : null);
            parameters.add(new ParameterExample(parameter.path("name").asText(), parameter.path("in").asText(),
                    parameter.path("required").asBoolean(false), schema, example));
        }
        return parameters;
    }

    private Optional<BodyExample> body(SpecOperation operation) {
        JsonNode requestBody = resolve(operationNode(operation).path("requestBody"));
        if (requestBody.isMissingNode()) {
            return Optional.empty();
        }
        Iterator<Map.Entry<String, JsonNode>> media = requestBody.path("content").fields();
        if (!media.hasNext()) {
            throw new AssertionError(operation.operationId() + " declares a request body without content");
        }
        Map.Entry<String, JsonNode> content = media.next();
        String location = operation.operationId() + " request body " + content.getKey();
        Map<String, JsonNode> examples = examples(content.getValue());
        if (examples.isEmpty()) {
            throw new AssertionError(location + " has no example");
        }
        return Optional.of(new BodyExample(content.getKey(), schemaRef(content.getValue(), location),
                examples.values().iterator().next()));
    }

    /** {@code example}, or each {@code examples} entry's value, keyed by example name (null for {@code example}). */
    private Map<String, JsonNode> examples(JsonNode mediaType) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        if (mediaType.has("example")) {
            examples.put(null, mediaType.get("example"));
        }
        mediaType.path("examples").fields().forEachRemaining(entry -> {
            JsonNode example = resolve(entry.getValue());
            if (example.has("value")) {
                examples.put(entry.getKey(), example.get("value"));
            }
        });
        return examples;
    }

    private Optional<JsonNode> firstExample(JsonNode parameter) {
        Iterator<JsonNode> examples = parameter.path("examples").elements();
        return examples.hasNext() ? Optional.ofNullable(resolve(examples.next()).get("value")) : Optional.empty();
    }

    private String schemaRef(JsonNode mediaType, String location) {
        JsonNode reference = mediaType.path("schema").path("$ref");
        if (!reference.isTextual()) {
            throw new AssertionError(location + " has an inline schema; give it a component name so its generated model is known");
        }
        return reference.asText();
    }

    private JsonNode pathNode(SpecOperation operation) {
        return document.path("paths").path(operation.pathTemplate());
    }

    private JsonNode operationNode(SpecOperation operation) {
        return pathNode(operation).path(operation.method().toLowerCase(Locale.ROOT));
    }

    /** Follows local {@code $ref}s such as {@code #/components/responses/NotFound}. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String reference = current.get("$ref").asText();
            if (!reference.startsWith("#/") || hops > 16) {
                throw new AssertionError("cannot follow $ref " + reference);
            }
            current = document.at(reference.substring(1));
            if (current.isMissingNode()) {
                throw new AssertionError("dangling $ref " + reference);
            }
        }
        return current;
    }
}
