package io.activations.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.client.api.ActivationsApi;
import io.activations.client.support.ActivationsClients;
import io.activations.client.testing.LoopbackServer;
import io.activations.client.testing.LoopbackServer.RecordedRequest;
import io.activations.client.testing.ModelClasses;
import io.activations.client.testing.Percent;
import io.activations.client.testing.SpecExamples;
import io.activations.client.testing.SpecExamples.OperationExample;
import io.activations.client.testing.SpecExamples.ParameterExample;
import io.activations.client.testing.StubResponse;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation's example request, sent through the generated {@link ActivationsApi} to a
 * loopback listener: method, path (parameters percent-encoded), query in its dotted form
 * ({@code pagination.count=10&pagination.cursor=...}), content type, accepted types, bearer token
 * and body must be what the spec says. The listener answers with the operation's success example,
 * which must come back out of the client unchanged.
 */
class RequestExamplesOnTheWireTest {

    private static final Spec SPEC = Spec.bundled();
    private static final ObjectMapper CLIENT_MAPPER = new ApiClient().getObjectMapper();
    private static final String TOKEN = "wire-test-token";
    /** Appended to path parameter values to prove they are encoded: space, non-ASCII, '/', '?', '#', '%'. */
    private static final String NEEDS_ENCODING = " é/?#%";

    @TestFactory
    Stream<DynamicTest> everyRequestExample_goesOnTheWireAsTheSpecSays() {
        return SpecExamples.of(SPEC).operationExamples().stream()
                .map(example -> DynamicTest.dynamicTest(example.toString(),
                        () -> assertSentAsSpecified(example, UnaryOperator.identity())));
    }

    @TestFactory
    Stream<DynamicTest> everyPathParameter_isPercentEncodedOnTheWire() {
        return SpecExamples.of(SPEC).operationExamples().stream()
                .map(example -> DynamicTest.dynamicTest(example.toString(),
                        () -> assertSentAsSpecified(example, value -> value + NEEDS_ENCODING)));
    }

    /**
     * @param pathValue how a free-form path parameter's example is altered before it is sent
     *                  (parameters with an enum keep their example, which must stay valid)
     */
    private static void assertSentAsSpecified(OperationExample example, UnaryOperator<String> pathValue) throws Exception {
        Map<String, JsonNode> values = parameterValues(example, pathValue);
        try (LoopbackServer server = LoopbackServer.start()) {
            server.enqueue(StubResponse.of(200, example.success().mediaType(), example.success().value().toString()));

            Object returned = invoke(ActivationsClients.api(server.baseUri(), TOKEN), example, values);

            RecordedRequest request = server.onlyRequest();
            assertThat(request.method()).isEqualTo(example.operation().method());
            assertThat(request.rawPath()).isEqualTo(expectedRawPath(example, values));
            assertThat(request.rawQuery()).isEqualTo(expectedRawQuery(example, values));
            assertThat(request.header("Authorization")).isEqualTo(expectedAuthorization(example));
            assertThat(mediaTypes(request.header("Accept"))).isEqualTo(example.responseMediaTypes());
            assertPathDecodesToTheSentValues(example, request, values);
            if (example.body().isPresent()) {
                assertThat(request.header("Content-Type")).isEqualTo(example.body().get().mediaType());
                assertThat(CLIENT_MAPPER.readTree(request.body())).isEqualTo(example.body().get().value());
            } else {
                assertThat(request.header("Content-Type")).isNull();
                assertThat(request.body()).isEmpty();
            }
            assertThat(CLIENT_MAPPER.readTree(CLIENT_MAPPER.writeValueAsString(returned)))
                    .as("the success example as the client returned it")
                    .isEqualTo(example.success().value());
        }
    }

    private static Map<String, JsonNode> parameterValues(OperationExample example, UnaryOperator<String> pathValue) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (ParameterExample parameter : example.parameters()) {
            if (parameter.example() == null) {
                assertThat(parameter.required()).as("required parameter %s of %s has no example", parameter.name(), example).isFalse();
                continue;
            }
            boolean freeForm = "path".equals(parameter.in()) && parameter.example().isTextual() && !parameter.schema().has("enum");
            values.put(parameter.name(), freeForm
                    ? CLIENT_MAPPER.getNodeFactory().textNode(pathValue.apply(parameter.example().asText()))
                    : parameter.example());
        }
        return values;
    }

    /** Calls the generated method named after the operation, each argument matched to a spec parameter by name. */
    private static Object invoke(ActivationsApi api, OperationExample example, Map<String, JsonNode> values) throws Exception {
        int arity = example.parameters().size() + (example.body().isPresent() ? 1 : 0);
        Method method = Arrays.stream(ActivationsApi.class.getMethods())
                .filter(m -> m.getName().equals(example.operation().operationId()) && m.getParameterCount() == arity)
                .findFirst()
                .orElseThrow(() -> new AssertionError("ActivationsApi has no " + example.operation().operationId() + " with " + arity + " parameters"));
        Object[] arguments = new Object[arity];
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = argument(parameters[i], example, values);
        }
        try {
            return method.invoke(api, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Object argument(Parameter javaParameter, OperationExample example, Map<String, JsonNode> values) throws Exception {
        assertThat(javaParameter.isNamePresent()).as("compiled with -parameters").isTrue();
        for (ParameterExample parameter : example.parameters()) {
            if (javaName(parameter.name()).equals(javaParameter.getName())) {
                JsonNode value = values.get(parameter.name());
                return value == null ? null : CLIENT_MAPPER.convertValue(value, javaParameter.getType());
            }
        }
        if (example.body().isPresent() && javaParameter.getType() == ModelClasses.forSchemaRef(example.body().get().schemaRef())) {
            return CLIENT_MAPPER.readValue(example.body().get().value().toString(), javaParameter.getType());
        }
        throw new AssertionError("no spec parameter for " + javaParameter + " of " + example);
    }

    /** The generator's name for a parameter: {@code pagination.count} becomes {@code paginationCount}. */
    private static String javaName(String specName) {
        String[] words = specName.split("[^A-Za-z0-9]+");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1));
        }
        return name.toString();
    }

    private static String expectedRawPath(OperationExample example, Map<String, JsonNode> values) {
        String path = example.operation().pathTemplate();
        for (ParameterExample parameter : example.parameters()) {
            if ("path".equals(parameter.in())) {
                path = path.replace("{" + parameter.name() + "}", Percent.encode(values.get(parameter.name()).asText()));
            }
        }
        return path;
    }

    /** Query parameters in the spec's order, names as written there; null when there are none. */
    private static String expectedRawQuery(OperationExample example, Map<String, JsonNode> values) {
        StringJoiner query = new StringJoiner("&");
        for (ParameterExample parameter : example.parameters()) {
            if ("query".equals(parameter.in()) && values.containsKey(parameter.name())) {
                query.add(Percent.encode(parameter.name()) + "=" + Percent.encode(values.get(parameter.name()).asText()));
            }
        }
        return query.length() == 0 ? null : query.toString();
    }

    /** What the operation's security requirement asks for: each scheme it names must be HTTP bearer. */
    private static String expectedAuthorization(OperationExample example) {
        JsonNode operation = SPEC.document().path("paths").path(example.operation().pathTemplate())
                .path(example.operation().method().toLowerCase(Locale.ROOT));
        JsonNode requirements = operation.has("security") ? operation.get("security") : SPEC.document().path("security");
        List<String> schemeNames = new ArrayList<>();
        requirements.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemeNames::add));
        assertThat(schemeNames).as("security schemes %s requires", example).isNotEmpty();
        for (String name : schemeNames) {
            JsonNode scheme = SPEC.document().path("components").path("securitySchemes").path(name);
            assertThat(scheme.path("type").asText()).as("type of scheme %s", name).isEqualTo("http");
            assertThat(scheme.path("scheme").asText().toLowerCase(Locale.ROOT)).as("scheme of %s", name).isEqualTo("bearer");
        }
        return "Bearer " + TOKEN;
    }

    private static Set<String> mediaTypes(String accept) {
        assertThat(accept).as("Accept").isNotNull();
        return Arrays.stream(accept.split(","))
                .map(range -> range.split(";")[0].trim())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The server side's matcher must find the same operation and decode the very values sent. */
    private static void assertPathDecodesToTheSentValues(OperationExample example, RecordedRequest request,
                                                         Map<String, JsonNode> values) {
        Optional<PathMatch> match = SPEC.match(request.method(), request.rawPath());
        assertThat(match).as("operation matching %s", request).isPresent();
        assertThat(match.get().operation().operationId()).isEqualTo(example.operation().operationId());
        Map<String, String> sent = example.parameters().stream()
                .filter(parameter -> "path".equals(parameter.in()))
                .collect(Collectors.toMap(ParameterExample::name, parameter -> values.get(parameter.name()).asText()));
        assertThat(match.get().pathParameters()).isEqualTo(sent);
    }
}
