package io.activations.contract.lint;

import com.fasterxml.jackson.databind.JsonNode;
import io.activations.contract.internal.Located;
import io.activations.contract.internal.SpecTree;
import io.activations.contract.report.Finding;
import io.activations.contract.report.Level;
import io.activations.contract.spec.Spec;
import io.activations.contract.spec.SpecOperation;
import io.activations.contract.validation.ContractValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a rule needs about the spec being linted: the raw document (rules read the spec as written,
 * so locations point at the line to fix), its operations, and the validator used for examples.
 */
public final class LintContext {

  private final Spec spec;
  private final List<OperationSite> operations;
  private ContractValidator validator;
  private RuntimeException validatorFailure;

  LintContext(Spec spec) {
    this.spec = spec;
    List<OperationSite> sites = new ArrayList<>();
    Located paths = SpecTree.root(spec.document()).child("paths");
    for (SpecOperation operation : spec.operations()) {
      Located node = paths.child(operation.pathTemplate()).child(operation.method().toLowerCase(Locale.ROOT));
      sites.add(new OperationSite(operation, node));
    }
    this.operations = List.copyOf(sites);
  }

  public Spec spec() {
    return spec;
  }

  JsonNode document() {
    return spec.document();
  }

  List<OperationSite> operations() {
    return operations;
  }

  Located root() {
    return SpecTree.root(spec.document());
  }

  /** Follows {@code $ref}s: rules judge the definition, wherever it is written. */
  Located follow(Located node) {
    return SpecTree.follow(spec.document(), node);
  }

  String location(Located node) {
    return SpecTree.location(spec.document(), node.pointer());
  }

  /** The validator the contract suite uses; built on first use, once per lint run. */
  synchronized ContractValidator validator() {
    if (validator == null && validatorFailure == null) {
      try {
        validator = new ContractValidator(spec);
      } catch (RuntimeException e) {
        // a schema networknt cannot compile (a bad regex, say); the rule reports it
        validatorFailure = e;
      }
    }
    if (validatorFailure != null) {
      throw validatorFailure;
    }
    return validator;
  }

  Finding finding(String key, Located where, String message) {
    return new Finding(key, Level.ERROR, message, location(where));
  }

  /** An operation with where it is written. */
  record OperationSite(SpecOperation operation, Located node) {
    String name() {
      return operation.operationId() != null ? operation.operationId() : operation.describe();
    }
  }
}
