package io.activations.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Report;
import io.activations.contract.spec.PathMatch;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Judges requests, responses and plain JSON values against the spec with networknt's JSON Schema
 * validator (OpenAPI 3.0 dialect). Every schema of every operation is compiled once, when the
 * validator is built; after that it is immutable and safe to share between threads.
 *
 * <p>Findings carry stable keys: {@code request.contentType.unsupported}, {@code
 * request.body.malformed}, {@code request.body.missing}, {@code request.body.<keyword>}, {@code
 * request.parameter.missing}, {@code request.parameter.<keyword>}, {@code request.parameter.unknown}
 * (warning); {@code response.status.undeclared}, {@code response.contentType.missing}, {@code
 * response.contentType.undeclared}, {@code response.body.malformed}, {@code
 * response.body.<keyword>}, {@code response.body.undeclaredField} (warning), {@code
 * response.header.missing}, {@code response.header.<keyword>}; {@code instance.<keyword>} for
 * {@link #validateInstance}.
 */
public final class ContractValidator {

  private final Spec spec;
  private final SchemaCompiler schemas;
  /** pathTemplate -> method -> contract; read-only after construction. */
  private final Map<String, Map<String, Contracts.Operation>> contracts = new HashMap<>();
  private final ResponseValidation responses;

  public ContractValidator(Spec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.schemas = new SchemaCompiler(spec);
    this.responses = new ResponseValidation(new UndeclaredFields(spec.document()));
    ContractCompiler compiler = new ContractCompiler(spec, schemas);
    for (SpecOperation operation : spec.operations()) {
      contracts.computeIfAbsent(operation.pathTemplate(), p -> new HashMap<>())
          .put(operation.method(), compiler.compile(operation));
    }
  }

  public Spec spec() {
    return spec;
  }

  /** Path and query parameters, content type and body of a request already matched to its operation. */
  public Report validateRequest(PathMatch match, ApiRequest request) {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(request, "request");
    return RequestValidation.validate(contract(match.operation()), match, request);
  }

  /** Status, headers, content type and body of a response to the operation. */
  public Report validateResponse(SpecOperation operation, ApiResponse response) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(response, "response");
    return responses.validate(contract(operation), operation.describe(), response);
  }

  /**
   * A JSON value against the schema at a local reference of the document, such as {@code
   * #/components/schemas/ActivationOutput} or a pointer to an inline schema.
   *
   * @throws IllegalArgumentException when the reference names nothing in the document
   */
  public Report validateInstance(JsonNode instance, String schemaRef) {
    Objects.requireNonNull(instance, "instance");
    Located schema = SpecTree.resolveRef(spec.document(), schemaRef);
    if (!schema.exists()) {
      throw new IllegalArgumentException("no schema at " + schemaRef + " in " + spec.source());
    }
    List<Finding> findings = new ArrayList<>();
    ErrorFindings.addAt(findings, "instance", schemas.compile(schema).validate(instance));
    return Report.of(findings);
  }

  private Contracts.Operation contract(SpecOperation operation) {
    Map<String, Contracts.Operation> byMethod = contracts.get(operation.pathTemplate());
    Contracts.Operation contract = byMethod == null ? null : byMethod.get(operation.method());
    if (contract == null) {
      throw new IllegalArgumentException(operation.describe() + " is not an operation of " + spec.source());
    }
    return contract;
  }
}
