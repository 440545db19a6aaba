package io.activations.contract.suite;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.report.Report;
import io.activations.contract.spec.Spec;
import io.activations.contract.suite.internal.check.SpecValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planners share: the spec, drafts with placeholder values, and the validator, which
 * confirms at plan time that every negative request really breaks the contract. A mutant the
 * validator accepts is not planned, and a note says so: the suite never expects a 4xx for a
 * request the spec allows.
 */
final class Planning {

  private final Spec spec;
  private final SpecDocument document;
  private final Drafts drafts;
  private final SpecValidator validator;
  private final List<String> notes = new ArrayList<>();

  Planning(Spec spec, Drafts drafts, SpecValidator validator) {
    this.spec = spec;
    this.document = drafts.document();
    this.drafts = drafts;
    this.validator = validator;
  }

  Spec spec() {
    return spec;
  }

  SpecDocument document() {
    return document;
  }

  Drafts drafts() {
    return drafts;
  }

  SpecValidator validator() {
    return validator;
  }

  /** Whether the validator rejects {@code draft} (with placeholder values) as the spec demands. */
  boolean rejects(RequestDraft draft) {
    ApiRequest request = draft.toMaskedRequest();
    return spec.match(request.method(), request.path())
        .map(match -> validator.validateRequest(match, request))
        .map(Report::hasErrors)
        .orElse(false);
  }

  void note(String message) {
    notes.add(message);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }
}
