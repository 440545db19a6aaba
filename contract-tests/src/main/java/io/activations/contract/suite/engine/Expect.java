package io.activations.contract.suite.engine;

import java.util.Set;
import java.util.TreeSet;

/**
 * The answer a request must get.
 *
 * @param statuses the acceptable statuses
 * @param acceptedKey the finding key to report when a request that must be refused gets a 2xx
 *     ({@code auth.notEnforced}, {@code isolation.foreignResourceVisible}, ...); null for none
 * @param reason why that status, for the failure message
 */
record Expect(Set<Integer> statuses, String acceptedKey, String reason) {

  Expect {
    statuses = Set.copyOf(statuses);
  }

  static Expect ok() {
    return new Expect(Set.of(200), null, "a valid request");
  }

  static Expect status(int status, String reason) {
    return new Expect(Set.of(status), status >= 400 ? "case.invalidRequest.accepted" : null, reason);
  }

  static Expect refused(int status, String acceptedKey, String reason) {
    return new Expect(Set.of(status), acceptedKey, reason);
  }

  static Expect anyOf(Set<Integer> statuses, String reason) {
    return new Expect(statuses, null, reason);
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
