package io.activations.contract.validation;

import com.networknt.schema.Schema;
import io.activations.contract.internal.Located;
import java.util.List;
import java.util.Map;

/** The parts of an operation the validator checks, compiled once when the validator is built. */
final class Contracts {

  private Contracts() {}

  /**
   * A text value (parameter or header) and the schema its converted value must meet. {@code
   * passed} remembers single texts that met it, so a value seen again skips the schema check.
   */
  record TextValue(String name, boolean required, Schema schema, String type, String itemType, PassedTexts passed) {

    TextValue(String name, boolean required, Schema schema, String type, String itemType) {
      this(name, required, schema, type, itemType, new PassedTexts());
    }
  }

  /** One declared media type; {@code schema} is null when it has none or is not JSON. */
  record Media(String declared, MediaType mediaType, Schema schema, Located schemaNode) {}

  /** One declared response. */
  record Response(String status, List<Media> content, List<TextValue> headers) {}

  /**
   * One operation.
   *
   * @param parametersByLocation {@code path}, {@code query}, {@code header} to their parameters
   * @param requestContent declared body media types; empty when the operation takes no body
   * @param responses by status as written ({@code 200}, {@code 4XX}, {@code default})
   */
  record Operation(
      Map<String, List<TextValue>> parametersByLocation,
      boolean bodyRequired,
      List<Media> requestContent,
      Map<String, Response> responses) {

    List<TextValue> parameters(String in) {
      return parametersByLocation.getOrDefault(in, List.of());
    }

    /** The declared response for a status: exact, then its range ({@code 4XX}), then {@code default}. */
    Response response(int status) {
      Response exact = responses.get(Integer.toString(status));
      if (exact != null) {
        return exact;
      }
      Response range = responses.get((status / 100) + "XX");
      return range != null ? range : responses.get("default");
    }
  }
}
