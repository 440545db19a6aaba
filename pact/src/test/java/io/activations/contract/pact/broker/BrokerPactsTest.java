package io.activations.contract.pact.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.states.MockProviderStates;
import io.activations.contract.pact.verify.PactVerification;
import io.activations.contract.pact.verify.VerificationOutcome;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pacts selected by a broker and results published back, against a local HTTP double of the Pact
 * Broker's HAL API (index, pacts-for-verification, the pact, publish-verification-results).
 */
class BrokerPactsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void pactsSelectedByTheBrokerDouble_areVerified_andTheResultIsPublished() throws Exception {
    List<String> received = new ArrayList<>();
    HttpServer broker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + broker.getAddress().getPort();
    ObjectNode pact = (ObjectNode) JSON.readTree(Files.readString(
        io.activations.contract.pact.verify.ProviderPactsAccess.honoured(dir)));
    ObjectNode links = pact.putObject("_links");
    links.putObject("pb:publish-verification-results").put("href", base + "/pacts/1/verification-results");
    links.putObject("pb:provider").put("href", base + "/pacticipants/activations-api");
    broker.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("Authorization")
          + " " + requestBody);
      String body = switch (path) {
        case "/" -> "{\"_links\":{\"pb:provider-pacts-for-verification\":{\"href\":\"" + base
            + "/pacts/provider/{provider}/for-verification\",\"templated\":true}}}";
        case "/pacts/provider/activations-api/for-verification" -> "{\"_embedded\":{\"pacts\":[{\"shortDescription\":\"main\","
            + "\"verificationProperties\":{\"pending\":false,\"notices\":[]},\"_links\":{\"self\":{\"href\":\"" + base
            + "/pacts/1\",\"name\":\"Pact between a-consumer and activations-api\"}}}]}}";
        case "/pacts/1" -> JSON.writeValueAsString(pact);
        case "/pacticipants/activations-api" -> "{\"_links\":{\"pb:branch-version\":{\"href\":\"" + base
            + "/pacticipants/activations-api/branches/{branch}/versions/{version}\",\"templated\":true}}}";
        default -> "{}";
      };
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
      exchange.sendResponseHeaders(exchange.getRequestMethod().equals("POST") && path.endsWith("verification-results") ? 201 : 200,
          bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    broker.start();
    try (MockServer mock = MockServer.builder().build().start()) {
      BrokerPacts brokerPacts = new BrokerPacts(base, "broker-secret");
      List<String> problems = new ArrayList<>();
      VerificationOutcome outcome = PactVerification.builder().target(mock.baseUri()).states(new MockProviderStates(mock))
          .reportDir(dir.resolve("reports")).build()
          .verify(brokerPacts.select(List.of("{\"mainBranch\": true}")), brokerPacts.publisher("2.0.0", "main", problems));
      assertThat(outcome.summary()).isEqualTo("1 passed, 0 failed");
      assertThat(problems).isEmpty();
      assertThat(received).anyMatch(line -> line.startsWith("POST /pacts/provider/activations-api/for-verification Bearer broker-secret")
          && line.contains("mainBranch"));
      assertThat(received).anyMatch(line -> line.startsWith("POST /pacts/1/verification-results")
          && line.contains("\"success\":true") && line.contains("2.0.0"));
    } finally {
      broker.stop(0);
    }
  }
}
