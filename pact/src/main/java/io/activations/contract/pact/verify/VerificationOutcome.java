package io.activations.contract.pact.verify;

import java.util.List;

/** Every interaction verified, in order; {@link #summary()} is the line commands end with. */
public record VerificationOutcome(List<InteractionOutcome> interactions) {

  public VerificationOutcome {
    interactions = List.copyOf(interactions);
  }

  public long passed() {
    return interactions.stream().filter(InteractionOutcome::passed).count();
  }

  public long failed() {
    return interactions.size() - passed();
  }

  public boolean allPassed() {
    return failed() == 0 && !interactions.isEmpty();
  }

  public String summary() {
    return passed() + " passed, " + failed() + " failed";
  }
}
