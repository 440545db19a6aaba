package io.activations.contract.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The spec's own examples (path parameters and request bodies), sent verbatim, work against the default fixtures. */
class SpecExamplesTest {

  @RegisterExtension
  static final MockServerExtension MOCK = new MockServerExtension();

  static Stream<SpecOperation> operations() {
    return Spec.bundled().operations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void exampleRequest_isAnsweredAsTheSpecPromises(SpecOperation operation, URI baseUri) {
    Answer answer = send(operation, baseUri);

    if (operation.operationId().equals("removeDestinationFromAudience")) {
      // the example connection ii_123456789 carries the example activation act_987654321
      assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
    } else {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }
  }

  @Test
  void supportedDestinationsExample_findsTheExampleDestinationAndAction(URI baseUri) {
    JsonNode destinations = send(Spec.bundled().operation("listSupportedDestinationsFromAudience"), baseUri)
        .data().path("destinations");

    assertThat(destinations.fieldNames()).toIterable().containsExactly("actions-braze-cohorts");
    assertThat(destinations.path("actions-braze-cohorts").path("actions").path(0).path("id").asText())
        .isEqualTo("5vKpRbHyM2f7Sx8Ab3nDqT");
  }

  @Test
  void removeDestinationExample_succeedsOnceItsActivationIsRemoved(URI baseUri) {
    Spec spec = Spec.bundled();
    assertThat(send(spec.operation("removeActivationFromAudience"), baseUri).status()).isEqualTo(200);

    assertThat(send(spec.operation("removeDestinationFromAudience"), baseUri).status()).isEqualTo(200);
  }

  private static Answer send(SpecOperation operation, URI baseUri) {
    String path = operation.pathTemplate();
    StringBuilder query = new StringBuilder();
    List<Parameter> parameters = operation.model().getParameters();
    for (Parameter parameter : parameters) {
      String example = String.valueOf(parameter.getExample());
      if ("path".equals(parameter.getIn())) {
        path = path.replace("{" + parameter.getName() + "}", example);
      } else if ("query".equals(parameter.getIn()) && !parameter.getName().equals("pagination.cursor")) {
        // an example cursor cannot be one this server signed, so it is the one example left out
        query.append(query.length() == 0 ? "?" : "&").append(parameter.getName()).append('=')
            .append(URLEncoder.encode(example, StandardCharsets.UTF_8));
      }
    }
    JsonNode body = requestExample(operation);
    RawHttp http = new RawHttp(baseUri);
    String target = path + query;
    return body == null
        ? http.send(operation.method(), target, null, (String) null)
        : http.send(operation.method(), target, RawHttp.VENDOR_JSON, body.toString());
  }

  private static JsonNode requestExample(SpecOperation operation) {
    JsonNode example = Spec.bundled().document().path("paths").path(operation.pathTemplate())
        .path(operation.method().toLowerCase()).path("requestBody").path("content").path(RawHttp.VENDOR_JSON).path("example");
    return example.isMissingNode() ? null : example;
  }
}
