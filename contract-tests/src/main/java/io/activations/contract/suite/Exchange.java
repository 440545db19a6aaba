package io.activations.contract.suite;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import io.activations.contract.spec.SpecOperation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One request the suite sent and the answer it got. The request is kept with its token masked:
 * an exchange can be printed, logged and reported as it is.
 *
 * @param operation the operation the request was meant for
 * @param request what was sent, {@code Authorization} masked
 * @param response what came back
 * @param receivedAt the target's time when the answer arrived (see {@link Target#now()})
 * @param elapsed wall time of the round trip
 */
public record Exchange(SpecOperation operation, ApiRequest request, ApiResponse response, Instant receivedAt, Duration elapsed) {

  public Exchange {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public int status() {
    return response.status();
  }

  @Override
  public String toString() {
    return Transcript.of(this);
  }
}
