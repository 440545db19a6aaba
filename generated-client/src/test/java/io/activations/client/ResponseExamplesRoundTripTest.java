package io.activations.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activations.client.testing.ModelClasses;
import io.activations.client.testing.SpecExamples;
import io.activations.client.testing.SpecExamples.ResponseExample;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every response example of the spec, errors included, read into the generated model of its schema
 * with the client's own object mapper and written back: nothing may be lost, added or changed,
 * explicit nulls ({@code displayName: null}, {@code pagination.next: null}) included.
 */
class ResponseExamplesRoundTripTest {

    private static final Spec SPEC = Spec.bundled();
    private static final ObjectMapper CLIENT_MAPPER = new ApiClient().getObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyResponseExample_survivesTheGeneratedModelUnchanged() {
        return SpecExamples.of(SPEC).responseExamples().stream()
                .map(example -> DynamicTest.dynamicTest(example.toString(), () -> assertRoundTrips(example)));
    }

    @Test
    void everyOperation_hasResponseExamplesToRoundTrip() {
        Set<String> covered = SpecExamples.of(SPEC).responseExamples().stream()
                .map(ResponseExample::operationId)
                .collect(Collectors.toSet());

        List<String> operations = SPEC.operations().stream().map(SpecOperation::operationId).toList();
        assertThat(operations).isNotEmpty();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(operations);
    }

    private static void assertRoundTrips(ResponseExample example) throws Exception {
        Class<?> model = ModelClasses.forSchemaRef(example.schemaRef());
        String wire = CLIENT_MAPPER.writeValueAsString(example.value());

        Object read = CLIENT_MAPPER.readValue(wire, model);
        JsonNode written = CLIENT_MAPPER.readTree(CLIENT_MAPPER.writeValueAsString(read));

        assertThat(read).isInstanceOf(model);
        assertThat(written)
                .as("%s through %s%n example: %s%n written: %s", example, model.getSimpleName(), example.value(), written)
                .isEqualTo(example.value());
    }
}
