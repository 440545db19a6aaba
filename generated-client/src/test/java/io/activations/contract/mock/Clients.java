package io.activations.contract.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.activations.client.ApiClient;
import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationType;
import io.activations.client.model.AddActivationToAudienceAlphaInput;
import io.activations.client.model.AddDestinationToAudienceAlphaInput;
import io.activations.client.model.DestinationReference;
import io.activations.client.model.PersonalizationInput;
import io.activations.client.model.ProfileInput;
import java.net.URI;
import java.util.List;

/** The generated client pointed at a mock, and small builders for its request models. */
final class Clients {

  private Clients() {}

  static ActivationsApi api(URI baseUri, String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(baseUri.toString());
    client.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + token));
    return new ActivationsApi(client);
  }

  static AddActivationToAudienceAlphaInput activation(ActivationType type, String name) {
    return new AddActivationToAudienceAlphaInput()
        .activationType(type)
        .activationName(name)
        .performResync(false)
        .personalization(new PersonalizationInput().profile(new ProfileInput().properties(List.of("email"))));
  }

  static AddDestinationToAudienceAlphaInput connection(String destinationId) {
    return new AddDestinationToAudienceAlphaInput()
        .destination(new DestinationReference().id(destinationId).type(DestinationReference.TypeEnum.DESTINATION));
  }

  /** The status of the ApiException the call throws; fails when it does not throw. */
  static int statusOf(Call call) {
    ApiException failure = catchThrowableOfType(ApiException.class, call::run);
    assertThat(failure).as("the call should have failed").isNotNull();
    return failure.getCode();
  }

  @FunctionalInterface
  interface Call {
    void run() throws ApiException;
  }
}
