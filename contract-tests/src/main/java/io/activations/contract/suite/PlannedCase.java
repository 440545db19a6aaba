package io.activations.contract.suite;

import java.util.Objects;

/** A case of the plan, as the outside sees it: its group and name; {@link SuiteEngine#run} executes it. */
final class PlannedCase {

  private final ContractCase contractCase;

  PlannedCase(ContractCase contractCase) {
    this.contractCase = Objects.requireNonNull(contractCase, "contractCase");
  }

  public String group() {
    return contractCase.group();
  }

  public String name() {
    return contractCase.name();
  }

  /** Whether the case exhausts a rate limit on purpose: it then touches its own operation's budget only. */
  public boolean isBurst() {
    return contractCase.needs().contains(ContractCase.Need.BURST);
  }

  ContractCase contractCase() {
    return contractCase;
  }

  @Override
  public String toString() {
    return contractCase.title();
  }
}
