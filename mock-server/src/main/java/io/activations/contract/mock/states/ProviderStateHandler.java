package io.activations.contract.mock.states;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The provider-state change endpoint Pact verifiers call ({@code --state-change-url} of
 * pact_verifier_cli and Pact JS, {@code stateChangeUrl} of Pact JVM): {@code POST} with a JSON body
 * {@code {"state": "...", "params": {...}, "action": "setup" | "teardown"}}, or the same as query
 * parameters. Answers {@code 200} with the state's ids as a JSON object (values for {@code
 * fromProviderState}), {@code 400} with {@code {"error": "..."}} for an unknown state, and {@code
 * 403} to anyone not on the loopback interface. Every other request goes to the API.
 *
 * <p>A blocking handler: setting up a used-up rate limit sends requests to the mock itself.
 */
public final class ProviderStateHandler extends Handler.Abstract {

  /** Where the endpoint listens on the mock. */
  public static final String PATH = "/_pact/provider-states";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Handler api;
  private final ProviderStates states;

  public ProviderStateHandler(Handler api, ProviderStates states) {
    this.api = api;
    this.states = states;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!PATH.equals(Request.getPathInContext(request))) {
      return api.handle(request, response, callback);
    }
    if (!fromLoopback(request)) {
      return answer(response, callback, 403, Map.of("error", "provider states are served to loopback clients only"));
    }
    if (!"POST".equals(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      return answer(response, callback, 405, Map.of("error", "send POST with {\"state\", \"params\", \"action\"}"));
    }
    StateChange change;
    try {
      change = StateChange.read(Content.Source.asString(request, StandardCharsets.UTF_8), Request.extractQueryParameters(request));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return answer(response, callback, 400, Map.of("error", "not a state change: " + firstLine(e.getMessage())));
    }
    try {
      if (change.teardown()) {
        states.tearDown(change.state(), change.params());
        return answer(response, callback, 200, Map.of());
      }
      return answer(response, callback, 200, states.setUp(change.state(), change.params()));
    } catch (ProviderStateException e) {
      return answer(response, callback, 400, Map.of("error", e.getMessage()));
    }
  }

  @Override
  protected void doStart() throws Exception {
    addBean(api);
    super.doStart();
  }

  private static boolean fromLoopback(Request request) {
    SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
    InetAddress address = remote instanceof InetSocketAddress socket ? socket.getAddress() : null;
    return address != null && address.isLoopbackAddress();
  }

  private static boolean answer(Response response, Callback callback, int status, Map<String, ?> body)
      throws JsonProcessingException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
    return true;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** One request to the endpoint. */
  record StateChange(String state, Map<String, Object> params, boolean teardown) {

    static StateChange read(String body, Fields query) throws JsonProcessingException {
      if (body != null && !body.isBlank()) {
        JsonNode json = JSON.readTree(body);
        if (!json.isObject() || !json.path("state").isTextual()) {
          throw new IllegalArgumentException("the body needs a \"state\" string");
        }
        Map<String, Object> params = json.path("params").isObject()
            ? JSON.convertValue(json.get("params"), new TypeReference<LinkedHashMap<String, Object>>() {})
            : Map.of();
        return new StateChange(json.get("state").asText(), params, "teardown".equals(json.path("action").asText()));
      }
      String state = query.getValue("state");
      if (state == null) {
        throw new IllegalArgumentException("send a JSON body or a 'state' query parameter");
      }
      Map<String, Object> params = new LinkedHashMap<>();
      query.forEach(field -> {
        if (!field.getName().equals("state") && !field.getName().equals("action")) {
          params.put(field.getName(), field.getValue());
        }
      });
      return new StateChange(state, params, "teardown".equals(query.getValue("action")));
    }
  }
}
