import io.activations.client.ApiClient;
import io.activations.client.ApiException;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.model.ActivationType;
import io.activations.client.model.AddActivationToAudienceAlphaInput;
import io.activations.client.model.AddDestinationToAudienceAlphaInput;
import io.activations.client.model.DestinationReference;
import io.activations.client.model.DestinationSubscriptionConfiguration;
import io.activations.client.model.ListActivationsFromAudienceAlphaOutput;
import io.activations.client.model.PersonalizationInput;
import io.activations.client.model.ProfileInput;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * What a consumer does with the generated Java client, printed as key=value lines that
 * GeneratedClientsAgainstMockTest compares across languages.
 * Arguments: base URL, token, space, audience, destination, action.
 */
public class ClientProgram {

  public static void main(String[] args) throws Exception {
    String space = args[2];
    String audience = args[3];
    ApiClient client = new ApiClient();
    client.updateBaseUri(args[0]);
    client.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + args[1]));
    ActivationsApi api = new ActivationsApi(client);

    String connectionId = api.addDestinationToAudience(space, audience, new AddDestinationToAudienceAlphaInput()
            .destination(new DestinationReference().id(args[4]).type(DestinationReference.TypeEnum.DESTINATION)))
        .getData().getConnection().getId();
    print("connection.id", connectionId);

    ActivationOutput created = api.addActivationToAudience(space, audience, connectionId, new AddActivationToAudienceAlphaInput()
            .activationType(ActivationType.AUDIENCE_ENTERED)
            .activationName("Generated client check")
            .performResync(false)
            .personalization(new PersonalizationInput().profile(new ProfileInput().properties(List.of("email"))))
            .destinationMapping(new DestinationSubscriptionConfiguration().actionId(args[5]).settings(Map.of("email", "email"))))
        .getData().getActivation();
    print("activation.id", created.getId());

    ActivationOutput read = api.getActivationFromAudience(space, audience, created.getId()).getData().getActivation();
    print("read.id", read.getId());
    print("read.name", read.getActivationName());
    print("read.connectionId", read.getConnectionId());
    print("read.type", read.getActivationType());

    ListActivationsFromAudienceAlphaOutput page = api.listActivationsFromAudience(space, audience, 1, null).getData();
    print("page.size", page.getActivations().size());
    print("page.next", page.getPagination().getNext() != null);

    try {
      api.getActivationFromAudience(space, audience, "act_doesNotExist");
      print("missing.status", 200);
    } catch (ApiException e) {
      print("missing.status", e.getCode());
    }

    for (int attempt = 0; attempt < 500; attempt++) {
      try {
        api.getActivationFromAudience(space, audience, created.getId());
      } catch (ApiException e) {
        HttpHeaders headers = e.getResponseHeaders();
        print("limited.status", e.getCode());
        print("limited.retryAfter", headers.firstValue("Retry-After").orElse(""));
        print("limited.remaining", headers.firstValue("X-RateLimit-Remaining").orElse(""));
        print("limited.consumed", headers.firstValue("X-RateLimit-Consumed").orElse(""));
        print("limited.reset", headers.firstValue("X-RateLimit-Reset").orElse(""));
        break;
      }
    }

    // what a newer API version may answer: a field and an activation type this document lacks
    ActivationOutput newer = client.getObjectMapper().readValue(NEWER_ACTIVATION, ActivationOutput.class);
    print("newer.name", newer.getActivationName());
    print("newer.type", newer.getActivationType());
  }

  static final String NEWER_ACTIVATION = "{\"id\":\"act_1\",\"enabled\":true,\"workspaceId\":\"wrk_1\",\"spaceId\":\"spa_1\","
      + "\"audienceId\":\"aud_1\",\"connectionId\":\"ii_1\",\"activationType\":\"Some Later Type\",\"activationName\":\"Newer\","
      + "\"personalization\":{\"profile\":{\"properties\":[\"email\"]}},\"performResync\":false,\"addedLater\":{\"x\":1}}";

  static void print(String key, Object value) {
    System.out.println(key + "=" + value);
  }
}
