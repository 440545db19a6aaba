package io.activations.contract.pact.matchers;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pact bodies and header expectations derived from the spec, so a consumer's pact cannot ask for a
 * field, a type or an id shape the spec does not promise.
 *
 * <pre>{@code
 * SpecMatchers spec = SpecMatchers.of(Spec.bundled());
 * DslPart body = spec.response("getActivationFromAudience", 200)
 *     .only("data.activation.id", "data.activation.enabled")   // what this consumer reads
 *     .build();
 * }</pre>
 *
 * <p>Every field gets a type matcher; ids such as {@code act_…} get a regex of their prefix, enums
 * a regex of their values, {@code date-time} strings an ISO-8601 regex, and example values come
 * from the spec's examples (or the schema's when the response has none).
 */
public final class SpecMatchers {

  private final Spec spec;

  private SpecMatchers(Spec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  public static SpecMatchers of(Spec spec) {
    return new SpecMatchers(spec);
  }

  /** The bundled Activations document. */
  public static SpecMatchers bundled() {
    return of(Spec.bundled());
  }

  /**
   * The body of a response the spec declares for the operation and status.
   *
   * @throws IllegalArgumentException when the operation, the status or its JSON body is not declared
   */
  public SpecBody response(String operationId, int status) {
    Located response = declaredResponse(operationId, status);
    Located media = jsonMedia(response.child("content"), operationId + " " + status);
    return new SpecBody(spec.document(), media.child("schema"), example(media));
  }

  /** The request body the spec declares for the operation. */
  public SpecBody request(String operationId) {
    Located operation = operation(operationId);
    Located body = SpecTree.follow(spec.document(), operation.child("requestBody"));
    if (!body.exists()) {
      throw new IllegalArgumentException(operationId + " takes no request body");
    }
    Located media = jsonMedia(body.child("content"), operationId + " request");
    return new SpecBody(spec.document(), media.child("schema"), example(media));
  }

  /** The JSON media type of the response (for the {@code Content-Type} header). */
  public String responseContentType(String operationId, int status) {
    Located content = declaredResponse(operationId, status).child("content");
    return jsonMediaName(content, operationId + " " + status);
  }

  /** The JSON media type the operation's request body is declared with. */
  public String requestContentType(String operationId) {
    Located body = SpecTree.follow(spec.document(), operation(operationId).child("requestBody"));
    return jsonMediaName(body.child("content"), operationId + " request");
  }

  /**
   * The headers the spec declares for the response, each with a regex from its schema (integers
   * {@code \d+}, a declared pattern as written) and the spec's example value.
   */
  public List<HeaderExpectation> responseHeaders(String operationId, int status) {
    List<HeaderExpectation> headers = new ArrayList<>();
    Located declared = declaredResponse(operationId, status).child("headers");
    if (!declared.exists()) {
      return headers;
    }
    for (Iterator<String> names = declared.node().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      Located header = SpecTree.follow(spec.document(), declared.child(name));
      Located schema = SpecTree.follow(spec.document(), header.child("schema"));
      JsonNode example = header.node().path("example");
      headers.add(new HeaderExpectation(name, header.node().path("required").asBoolean(false),
          ValueMatchers.headerRegex(schema.node()), example.isMissingNode() ? "" : example.asText()));
    }
    return headers;
  }

  private Located declaredResponse(String operationId, int status) {
    Located responses = operation(operationId).child("responses");
    Located response = responses.child(Integer.toString(status));
    if (!response.exists()) {
      throw new IllegalArgumentException(operationId + " does not declare status " + status);
    }
    return SpecTree.follow(spec.document(), response);
  }

  private Located operation(String operationId) {
    SpecOperation operation = spec.operation(operationId);
    return SpecTree.root(spec.document()).child("paths").child(operation.pathTemplate())
        .child(operation.method().toLowerCase(java.util.Locale.ROOT));
  }

  private static Located jsonMedia(Located content, String what) {
    return content.child(jsonMediaName(content, what));
  }

  private static String jsonMediaName(Located content, String what) {
    if (content.exists()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = content.node().fields(); it.hasNext(); ) {
        String name = it.next().getKey();
        if (name.toLowerCase(java.util.Locale.ROOT).split(";")[0].trim().endsWith("json")) {
          return name;
        }
      }
    }
    throw new IllegalArgumentException(what + " declares no JSON body");
  }

  private static JsonNode example(Located media) {
    JsonNode example = media.node().path("example");
    return example.isMissingNode() ? null : example;
  }

  /** A header the spec declares: its name, whether it is required, a regex and an example value. */
  public record HeaderExpectation(String name, boolean required, String regex, String example) {}
}
