package io.activations.contract.suite;

import io.activations.contract.suite.internal.check.FindingKey;
import io.activations.contract.suite.internal.check.Provenance;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer a request must get.
 *
 * @param statuses the acceptable statuses
 * @param acceptedKey the finding key to report when a request that must be refused gets a 2xx
 *     ({@code auth.notEnforced}, {@code isolation.foreignResourceVisible}, ...); null for none
 * @param provenance where the expected status comes from: a status only this project promises
 *     (400, 413 at 1 MiB, 415, 422 for an invented bound, ...) is a house rule, reported under the
 *     house keys so a real server that answers otherwise gets a warning, not a failure
 * @param reason why that status, for the failure message
 */
record Expect(Set<Integer> statuses, FindingKey acceptedKey, Provenance provenance, String reason) {

  /** Statuses the vendor's status table does not promise for the cases that expect them. */
  private static final Set<Integer> HOUSE_STATUSES = Set.of(400, 413, 415);

  Expect {
    statuses = Set.copyOf(statuses);
  }

  static Expect ok() {
    return new Expect(Set.of(200), null, Provenance.VENDOR_DOCUMENTED, "a valid request");
  }

  /** A refusal whose status is vendor-documented unless it is 400, 413 or 415. */
  static Expect status(int status, String reason) {
    return of(status, HOUSE_STATUSES.contains(status) ? Provenance.HOUSE_RULE : Provenance.VENDOR_DOCUMENTED, reason);
  }

  /** A refusal this project chose: the vendor documents neither the rule nor its status. */
  static Expect house(int status, String reason) {
    return of(status, Provenance.HOUSE_RULE, reason);
  }

  static Expect of(int status, Provenance provenance, String reason) {
    FindingKey accepted = status < 400 ? null
        : provenance == Provenance.HOUSE_RULE ? FindingKey.CASE_INVALID_REQUEST_ACCEPTED_HOUSE : FindingKey.CASE_INVALID_REQUEST_ACCEPTED;
    return new Expect(Set.of(status), accepted, provenance, reason);
  }

  /** A refusal with a key of its own; the status itself has {@code provenance}. */
  static Expect refused(int status, FindingKey acceptedKey, Provenance provenance, String reason) {
    return new Expect(Set.of(status), acceptedKey, provenance, reason);
  }

  static Expect refused(int status, FindingKey acceptedKey, String reason) {
    return refused(status, acceptedKey, Provenance.VENDOR_DOCUMENTED, reason);
  }

  static Expect anyOf(Set<Integer> statuses, String reason) {
    return new Expect(statuses, null, Provenance.VENDOR_DOCUMENTED, reason);
  }

  /** The key for an answer with another status. */
  FindingKey unexpectedStatusKey() {
    return provenance == Provenance.HOUSE_RULE ? FindingKey.CASE_STATUS_UNEXPECTED_HOUSE : FindingKey.CASE_STATUS_UNEXPECTED;
  }

  boolean allows(int status) {
    return statuses.contains(status);
  }

  boolean expectsSuccess() {
    return statuses.stream().allMatch(s -> s >= 200 && s < 300);
  }

  String describe() {
    return new TreeSet<>(statuses).toString().replaceAll("[\\[\\]]", "").replace(", ", " or ");
  }
}
