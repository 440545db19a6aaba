package io.activations.contract.suite.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.suite.TargetFixtures;
import io.activations.contract.suite.internal.fault.RewritingProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the vendor documents its live API may do where this project's mock is stricter or
 * different (from the fidelity review of the vendor's 73.2 SDKs and docs), turned on in a proxy in
 * front of the mock. Each is within the vendor's contract; several break a house rule.
 */
final class LiveApiBehaviours implements RewritingProxy.Rewrite {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RATE_LIMIT_HEADERS = Set.of("x-ratelimit-consumed", "x-ratelimit-remaining", "x-ratelimit-reset");
  /** RFC 5322 with a numeric zone and a one-digit day where it has one: a valid reset the mock never sends. */
  private static final DateTimeFormatter RFC_5322 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ROOT);

  private final List<String> foreignIds;

  LiveApiBehaviours(TargetFixtures fixtures) {
    this.foreignIds = fixtures.otherWorkspace().map(o -> List.of(o.spaceId(), o.audienceId(), o.activationId())).orElse(List.of());
  }

  @Override
  public ApiRequest request(ApiRequest request) {
    // 73.x: personalization is optional on create; the mock follows the reference page, so fill it in
    if ("POST".equals(request.method()) && request.path().endsWith("/activations")) {
      return withJson(request, body -> {
        if (!body.has("personalization") && body.has("activationName")) {
          body.putObject("personalization").putObject("profile").putArray("properties");
        }
      });
    }
    return request;
  }

  @Override
  public ApiResponse response(ApiRequest request, ApiResponse answer) {
    ApiResponse changed = answer;
    int status = answer.status();
    if (status == 404 && foreignIds.stream().anyMatch(request.path()::contains)) {
      changed = error(401, "forbidden", "The token does not have permission to access the resource");  // the vendor's 401 covers it
    } else if (status == 422 && request.query().containsKey("pagination.cursor")) {
      changed = ok(emptyPage(request), answer);  // unspecified by the vendor: a cursor it cannot use finds nothing
    } else if (status == 422 && (tooLong(request, "slug") || tooLong(request, "actionId"))) {
      changed = ok("{\"data\":{\"destinations\":{}}}", answer);  // filters without bounds just find nothing
    }
    if (changed.status() / 100 == 2) {
      changed = successBody(changed);
      changed = withHeader(changed, "X-RateLimit-Reset", answer.header("X-RateLimit-Reset")
          .flatMap(io.activations.contract.suite.internal.check.RateLimitHeaders::httpDate)
          .map(reset -> RFC_5322.format(reset.atOffset(ZoneOffset.UTC))).orElse(null));
    } else if (changed.status() == 429) {
      changed = withHeader(changed, "Retry-After", null);  // sent only sometimes; the reset is the fallback
    } else {
      changed = withoutRateLimitHeaders(changed);  // the docs promise them on successful answers only
    }
    return changed;
  }

  /** Newer values and looser shapes in successful answers. */
  private static ApiResponse successBody(ApiResponse answer) {
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (IOException e) {
      return answer;
    }
    if (body == null || !body.isObject()) {
      return answer;
    }
    if (body.path("data").path("activations").isArray()) {  // 73.x lists entity activations with their newer types
      body.path("data").path("activations").forEach(item -> ((ObjectNode) item).put("activationType", "Entity Added"));
    }
    body.findParents("createdAt").forEach(node -> ((ObjectNode) node).put("createdAt", "2026-11-30 10:00:00"));
    JsonNode pagination = body.path("data").path("pagination");
    if (pagination.has("totalEntries")) {  // a third party saw it count connections the token cannot read
      ((ObjectNode) pagination).put("totalEntries", pagination.get("totalEntries").asLong() + 1);
    }
    JsonNode destinations = body.path("data").path("destinations");
    if (destinations.isObject()) {
      destinations.fields().forEachRemaining(entry -> {
        if (entry.getValue().isObject()) {  // the vendor's action framework keys fields by name, with its own types
          ((ObjectNode) entry.getValue()).putObject("fields").putObject("email").put("type", "text").put("label", "Email");
        }
      });
    }
    return answer.withBody(answer.contentType().orElse("application/vnd.segment.v1alpha+json"), body.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String emptyPage(ApiRequest request) {
    String items = request.path().endsWith("/destination-connections") ? "connections" : "activations";
    return "{\"data\":{\"" + items + "\":[],\"pagination\":{\"current\":\"start\",\"totalEntries\":0}}}";
  }

  private static boolean tooLong(ApiRequest request, String name) {
    return request.query().getOrDefault(name, List.of()).stream().anyMatch(v -> v.length() > 255);
  }

  private static ApiRequest withJson(ApiRequest request, java.util.function.Consumer<ObjectNode> change) {
    try {
      JsonNode body = JSON.readTree(request.body());
      if (body == null || !body.isObject()) {
        return request;
      }
      change.accept((ObjectNode) body);
      return new ApiRequest(request.method(), request.path(), request.query(), request.headers(), body.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return request;
    }
  }

  private static ApiResponse error(int status, String type, String message) {
    return ApiResponse.status(status).withBody("application/json",
        ("{\"errors\":[{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}]}").getBytes(StandardCharsets.UTF_8));
  }

  private static ApiResponse ok(String body, ApiResponse headersFrom) {
    ApiResponse ok = new ApiResponse(200, headersFrom.headers(), null);
    return ok.withBody("application/vnd.segment.v1alpha+json", body.getBytes(StandardCharsets.UTF_8));
  }

  private static ApiResponse withoutRateLimitHeaders(ApiResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.headers().forEach((name, values) -> {
      if (!RATE_LIMIT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        headers.put(name, values);
      }
    });
    return new ApiResponse(response.status(), headers, response.body());
  }

  /** Replaces (or with null removes) a header, whatever its case. */
  private static ApiResponse withHeader(ApiResponse response, String name, String value) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.headers().forEach((key, values) -> {
      if (!key.equalsIgnoreCase(name)) {
        headers.put(key, values);
      }
    });
    if (value != null) {
      headers.put(name, List.of(value));
    }
    return new ApiResponse(response.status(), headers, response.body());
  }

}
