package io.activations.contract.suite.internal.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.suite.internal.check.Json;
import io.activations.contract.suite.internal.check.RateLimitHeaders;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One way a server can break the contract, injected by {@link FaultInjectingProxy} between the
 * suite and a correct server. Each fault breaks exactly one thing, so a test can assert which
 * finding reports it.
 */
public enum Fault {
  /** A required field of every 200 answer's data is left out. */
  DROP_REQUIRED_FIELD("a required response field dropped"),
  /** A field of every 200 answer's data has the wrong type. */
  WRONG_FIELD_TYPE("a response field of the wrong type"),
  /** Creates answer 201, which the spec does not declare. */
  UNDECLARED_STATUS("201 instead of the declared 200 on creates"),
  /** Reads answer 500 although the request was valid. */
  SERVER_ERROR("500 for valid reads"),
  /** 200 answers claim application/json instead of the declared vendor type. */
  WRONG_CONTENT_TYPE("200 answers in an undeclared content type"),
  MISSING_CONSUMED_HEADER("X-RateLimit-Consumed left out"),
  MISSING_REMAINING_HEADER("X-RateLimit-Remaining left out"),
  MISSING_RESET_HEADER("X-RateLimit-Reset left out"),
  /** The reset date is an ISO-8601 instant, not an HTTP date. */
  MALFORMED_RESET("X-RateLimit-Reset not an HTTP date"),
  /** X-RateLimit-Remaining is one too high, so the budget no longer adds up. */
  BUDGET_MISMATCH("Consumed + Remaining off the declared limit"),
  MISSING_RETRY_AFTER("429 without Retry-After"),
  /** A body the server rejected with 422 is answered 200 instead. */
  INVALID_BODY_ACCEPTED("invalid bodies accepted with 200"),
  /** A request without a token is forwarded with the valid one, as if auth were off. */
  MISSING_TOKEN_ACCEPTED("requests without a token accepted"),
  /** Another workspace's activation is served to this workspace's token. */
  FOREIGN_ACTIVATION_SERVED("another workspace's activation served"),
  /** Every page read with a cursor repeats its first item. */
  PAGE_REPEATS_ITEM("a page repeating an item"),
  /** The activation a create answers has another activationName than the one sent. */
  CREATED_NAME_CHANGED("a created activation answered with another name"),
  /** A read of one activation answers another activationName than the one stored. */
  READ_NAME_CHANGED("a read activation answered with another name"),
  /** An update's answer shows another activationName than the one sent. */
  UPDATE_ANSWER_NAME_CHANGED("an update answered with another name"),
  /** A list read without a cursor leaves out its last (newest) item. */
  LIST_DROPS_NEWEST("a list without its newest item"),
  /** pagination.totalEntries is one more than the list holds. */
  TOTAL_ENTRIES_OFF("pagination.totalEntries off by one"),
  /** The first page names a previous page. */
  PREVIOUS_ON_FIRST_PAGE("a previous page named on the first page"),
  /** A page holds one item more than pagination.count asked for. */
  PAGE_OVERSIZED("a page larger than pagination.count"),
  /** A page read with a cursor is empty but still names a next page. */
  EMPTY_PAGE_WITH_NEXT("an empty page naming a next page"),
  /** A page read with a cursor names that same cursor as its next page, so the walk never ends. */
  NEXT_LOOPS("pagination.next pointing back at the same page"),
  /** A page read with a cursor holds an item that is not in the list. */
  UNLISTED_ITEM_ON_PAGE("a page holding an item the list does not"),
  /** X-RateLimit-Remaining is half the true budget, so the server serves past the budget it announced. */
  REMAINING_UNDERSTATED("X-RateLimit-Remaining below the true budget"),
  /** A 429 says one request remains. */
  TOO_MANY_WITH_REMAINING("429 with X-RateLimit-Remaining above 0"),
  /** A 429's data claims points remain. */
  TOO_MANY_DATA_WRONG("429 data with remainingPoints above 0"),
  RETRY_AFTER_MALFORMED("Retry-After not a number of seconds"),
  /** Retry-After asks for an hour, past the one-minute window. */
  RETRY_AFTER_OUT_OF_WINDOW("Retry-After beyond the rate-limit window"),
  CONSUMED_MALFORMED("X-RateLimit-Consumed not a number"),
  /** A 422's errors name neither the broken field nor mention it. */
  ERROR_FIELD_UNNAMED("422 errors that do not name the broken field"),
  /** Every remove answers 500. */
  REMOVE_FAILS("500 for every remove"),
  /** The answer to a list read is cut short: the connection closes before the promised body. */
  ANSWER_CUT_SHORT("list answers cut short"),
  /** 200 answers carry a body but no Content-Type. */
  CONTENT_TYPE_MISSING("200 answers without Content-Type"),
  /** 200 answers' data carry a field the schema does not declare. */
  UNDECLARED_FIELD_ADDED("an undeclared field in 200 answers"),
  /**
   * Reads show a second mapping setting that an update of another setting then drops, as a server
   * that replaces the settings instead of merging them would.
   */
  SETTING_DROPPED_BY_UPDATE("a setting dropped by an update of another"),
  /** Every 400 is answered 422 instead (a status the API's house rules do not use for it). */
  BAD_REQUEST_AS_UNPROCESSABLE("422 instead of 400");

  private final String description;

  Fault(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** {@code drop-required-field}: how the command line names it. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Fault> fromCliName(String name) {
    for (Fault fault : values()) {
      if (fault.cliName().equals(name)) {
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  /** The request as forwarded upstream (only auth and isolation faults change it). */
  ApiRequest rewriteRequest(ApiRequest request, FaultContext context) {
    if (this == MISSING_TOKEN_ACCEPTED && request.header("Authorization").isEmpty()) {
      return request.withHeader("Authorization", "Bearer " + context.token());
    }
    if (this == FOREIGN_ACTIVATION_SERVED && "GET".equals(request.method()) && request.path().endsWith("/" + context.foreignActivationId())) {
      String path = request.path().replace("/" + context.spaceId() + "/", "/" + context.foreignSpaceId() + "/")
          .replace("/" + context.audienceId() + "/", "/" + context.foreignAudienceId() + "/");
      Map<String, List<String>> headers = new java.util.LinkedHashMap<>(request.headers());
      headers.keySet().removeIf(name -> name.equalsIgnoreCase("Authorization"));
      headers.put("Authorization", List.of("Bearer " + context.foreignToken()));
      return new ApiRequest(request.method(), path, request.query(), headers, request.body());
    }
    return request;
  }

  /** The answer as passed back to the suite. */
  ApiResponse rewriteResponse(ApiRequest request, ApiResponse response) {
    return switch (this) {
      case DROP_REQUIRED_FIELD -> ok(response) ? json(response, Fault::dropFirstField) : response;
      case WRONG_FIELD_TYPE -> ok(response) ? json(response, Fault::retypeFirstField) : response;
      case UNDECLARED_STATUS -> ok(response) && "POST".equals(request.method()) ? status(response, 201) : response;
      case SERVER_ERROR -> ok(response) && "GET".equals(request.method())
          ? status(response, 500).withBody("application/json", "{\"errors\":[{\"type\":\"internal\",\"message\":\"boom\"}]}")
          : response;
      case WRONG_CONTENT_TYPE -> ok(response) ? response.withBody("application/json", response.body()) : response;
      case MISSING_CONSUMED_HEADER -> without(response, RateLimitHeaders.CONSUMED);
      case MISSING_REMAINING_HEADER -> without(response, RateLimitHeaders.REMAINING);
      case MISSING_RESET_HEADER -> without(response, RateLimitHeaders.RESET);
      case MALFORMED_RESET -> response.header(RateLimitHeaders.RESET).flatMap(RateLimitHeaders::httpDate)
          .map(reset -> without(response, RateLimitHeaders.RESET).withHeader(RateLimitHeaders.RESET, reset.toString())).orElse(response);
      case BUDGET_MISMATCH -> response.header(RateLimitHeaders.REMAINING).filter(v -> v.matches("\\d+"))
          .map(v -> without(response, RateLimitHeaders.REMAINING).withHeader(RateLimitHeaders.REMAINING, Long.toString(Long.parseLong(v) + 1)))
          .orElse(response);
      case MISSING_RETRY_AFTER -> response.status() == 429 ? without(response, RateLimitHeaders.RETRY_AFTER) : response;
      case INVALID_BODY_ACCEPTED -> response.status() == 422 && request.hasBody()
          ? status(response, 200).withBody("application/vnd.segment.v1alpha+json", "{\"data\":{}}")
          : response;
      case PAGE_REPEATS_ITEM -> ok(response) && request.query().keySet().stream().anyMatch(q -> q.endsWith("cursor"))
          ? json(response, Fault::repeatFirstItem)
          : response;
      case CREATED_NAME_CHANGED -> ok(response) && "POST".equals(request.method()) ? json(response, Fault::renameActivation) : response;
      case READ_NAME_CHANGED -> ok(response) && "GET".equals(request.method()) ? json(response, Fault::renameActivation) : response;
      case UPDATE_ANSWER_NAME_CHANGED -> ok(response) && "PATCH".equals(request.method()) ? json(response, Fault::renameActivation) : response;
      case LIST_DROPS_NEWEST -> list(request, response) && !viaCursor(request) ? json(response, data -> items(data).remove(items(data).size() - 1)) : response;
      case TOTAL_ENTRIES_OFF -> list(request, response)
          ? json(response, data -> pagination(data).put("totalEntries", pagination(data).path("totalEntries").asLong() + 1)) : response;
      case PREVIOUS_ON_FIRST_PAGE -> list(request, response) && !viaCursor(request)
          ? json(response, data -> pagination(data).put("previous", pagination(data).path("current").asText("first"))) : response;
      case PAGE_OVERSIZED -> list(request, response) ? json(response, data -> items(data).add(items(data).get(0).deepCopy())) : response;
      case EMPTY_PAGE_WITH_NEXT -> list(request, response) && viaCursor(request) ? json(response, data -> items(data).removeAll()) : response;
      case NEXT_LOOPS -> list(request, response) && viaCursor(request)
          ? json(response, data -> pagination(data).put("next", cursorOf(request))) : response;
      case UNLISTED_ITEM_ON_PAGE -> list(request, response) && viaCursor(request)
          ? json(response, data -> ((ObjectNode) items(data).get(0)).put("id", "contractSuiteUnlistedItem")) : response;
      case REMAINING_UNDERSTATED -> response.header(RateLimitHeaders.REMAINING).filter(v -> v.matches("\\d+"))
          .map(v -> without(response, RateLimitHeaders.REMAINING).withHeader(RateLimitHeaders.REMAINING, Long.toString(Long.parseLong(v) / 2)))
          .orElse(response);
      case TOO_MANY_WITH_REMAINING -> response.status() == 429
          ? without(response, RateLimitHeaders.REMAINING).withHeader(RateLimitHeaders.REMAINING, "1") : response;
      case TOO_MANY_DATA_WRONG -> response.status() == 429 ? errorsJson(response, errors -> errors.forEach(error ->
          ((ObjectNode) error.path("data")).put("remainingPoints", 5))) : response;
      case RETRY_AFTER_MALFORMED -> response.status() == 429
          ? without(response, RateLimitHeaders.RETRY_AFTER).withHeader(RateLimitHeaders.RETRY_AFTER, "soon") : response;
      case RETRY_AFTER_OUT_OF_WINDOW -> response.status() == 429
          ? without(response, RateLimitHeaders.RETRY_AFTER).withHeader(RateLimitHeaders.RETRY_AFTER, "3600") : response;
      case CONSUMED_MALFORMED -> response.header(RateLimitHeaders.CONSUMED).isPresent()
          ? without(response, RateLimitHeaders.CONSUMED).withHeader(RateLimitHeaders.CONSUMED, "many") : response;
      case ERROR_FIELD_UNNAMED -> response.status() == 422 ? errorsJson(response, errors -> {
        errors.removeAll();
        errors.addObject().put("type", "validation").put("message", "The request is invalid");
      }) : response;
      case REMOVE_FAILS -> ok(response) && "DELETE".equals(request.method())
          ? status(response, 500).withBody("application/json", "{\"errors\":[{\"type\":\"internal\",\"message\":\"boom\"}]}")
          : response;
      case CONTENT_TYPE_MISSING -> ok(response) ? without(response, "Content-Type") : response;
      case UNDECLARED_FIELD_ADDED -> ok(response) ? json(response, data -> data.put("contractSuiteUndeclared", true)) : response;
      case SETTING_DROPPED_BY_UPDATE -> ok(response) && "GET".equals(request.method()) ? json(response, Fault::addSetting) : response;
      case BAD_REQUEST_AS_UNPROCESSABLE -> response.status() == 400 ? status(response, 422) : response;
      case MISSING_TOKEN_ACCEPTED, FOREIGN_ACTIVATION_SERVED, ANSWER_CUT_SHORT -> response;
    };
  }

  /** Whether the proxy closes the connection before the whole answer is sent. */
  boolean cutsShort(ApiRequest request, ApiResponse response) {
    return this == ANSWER_CUT_SHORT && list(request, response);
  }

  /** A 200 answer to a list read: its data holds an array of items and a pagination object. */
  private static boolean list(ApiRequest request, ApiResponse response) {
    return ok(response) && "GET".equals(request.method()) && Json.parse(response.body())
        .map(body -> body.path("data").path("pagination").isObject() && !items(body.path("data")).isEmpty()).orElse(false);
  }

  private static boolean viaCursor(ApiRequest request) {
    return !cursorOf(request).isEmpty();
  }

  private static String cursorOf(ApiRequest request) {
    return request.query().entrySet().stream().filter(q -> q.getKey().endsWith("cursor") && !q.getValue().isEmpty())
        .map(q -> q.getValue().get(0)).findFirst().orElse("");
  }

  /** The array of items in a list's data (an empty one when there is none). */
  private static ArrayNode items(JsonNode data) {
    for (Iterator<JsonNode> it = data.elements(); it.hasNext(); ) {
      JsonNode value = it.next();
      if (value.isArray()) {
        return (ArrayNode) value;
      }
    }
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
  }

  private static ObjectNode pagination(ObjectNode data) {
    return data.withObjectProperty("pagination");
  }

  /** In {@code data.activation}, the name gets a suffix; other answers stay as they are. */
  private static void renameActivation(ObjectNode data) {
    if (data.path("activation").isObject()) {
      ObjectNode activation = (ObjectNode) data.get("activation");
      activation.put("activationName", activation.path("activationName").asText() + " (changed)");
    }
  }

  /** A second setting in {@code data.activation.destinationMapping.settings}, where there is one. */
  private static void addSetting(ObjectNode data) {
    JsonNode settings = data.path("activation").path("destinationMapping").path("settings");
    if (settings.isObject() && !settings.isEmpty()) {
      ((ObjectNode) settings).put("contract_suite_shown", "shown");
    }
  }

  private static ApiResponse errorsJson(ApiResponse response, java.util.function.Consumer<ArrayNode> change) {
    Optional<JsonNode> body = Json.parse(response.body());
    if (body.isEmpty() || !body.get().path("errors").isArray()) {
      return response;
    }
    change.accept((ArrayNode) body.get().get("errors"));
    return response.withBody(response.contentType().orElse(null), Json.bytes(body.get()));
  }

  private static boolean ok(ApiResponse response) {
    return response.status() == 200;
  }

  private static ApiResponse status(ApiResponse response, int status) {
    return new ApiResponse(status, response.headers(), response.body());
  }

  private static ApiResponse without(ApiResponse response, String header) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>(response.headers());
    headers.keySet().removeIf(name -> name.equalsIgnoreCase(header));
    return new ApiResponse(response.status(), headers, response.body());
  }

  private static ApiResponse json(ApiResponse response, java.util.function.Consumer<ObjectNode> change) {
    Optional<JsonNode> body = Json.parse(response.body());
    if (body.isEmpty() || !body.get().path("data").isObject() || body.get().path("data").isEmpty()) {
      return response;
    }
    change.accept((ObjectNode) body.get().get("data"));
    return response.withBody(response.contentType().orElse(null), Json.bytes(body.get()));
  }

  /** In {@code data.activation} the id goes; where data's first field is no object, that field goes. */
  private static void dropFirstField(ObjectNode data) {
    Map.Entry<String, JsonNode> first = data.properties().iterator().next();
    if (first.getValue().isObject() && !first.getValue().isEmpty()) {
      ((ObjectNode) first.getValue()).remove(first.getValue().fieldNames().next());
    } else {
      data.remove(first.getKey());
    }
  }

  private static void retypeFirstField(ObjectNode data) {
    Map.Entry<String, JsonNode> first = data.properties().iterator().next();
    if (first.getValue().isObject() && !first.getValue().isEmpty()) {
      ObjectNode inner = (ObjectNode) first.getValue();
      inner.set(inner.fieldNames().next(), IntNode.valueOf(42));
    } else {
      data.set(first.getKey(), IntNode.valueOf(42));
    }
  }

  private static void repeatFirstItem(ObjectNode data) {
    for (Iterator<JsonNode> it = data.elements(); it.hasNext(); ) {
      JsonNode value = it.next();
      if (value.isArray() && !value.isEmpty()) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) value).add(value.get(0).deepCopy());
        return;
      }
    }
  }
}
