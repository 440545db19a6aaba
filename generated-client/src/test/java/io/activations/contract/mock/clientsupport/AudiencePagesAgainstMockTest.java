package io.activations.contract.mock.clientsupport;

import static io.activations.contract.mock.clientsupport.MockClient.AUDIENCE;
import static io.activations.contract.mock.clientsupport.MockClient.CONNECTION;
import static io.activations.contract.mock.clientsupport.MockClient.SPACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.client.ApiClient;
import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.model.AddActivationToAudienceAlphaInput;
import io.activations.client.model.SimpleDestination;
import io.activations.client.support.AudiencePages;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.MockServerExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Walking every page of the mock's two list operations with small pages gives exactly the full list. */
class AudiencePagesAgainstMockTest {

    private static final ObjectMapper CLIENT_MAPPER = new ApiClient().getObjectMapper();
    @RegisterExtension
    static final MockServerExtension MOCK = new MockServerExtension();

    private ActivationsApi api;

    @BeforeEach
    void clientOf(MockServer mock) {
        api = MockClient.api(mock);
    }

    @Test
    void activations_inPagesOfTwo_yieldEveryActivationOnceInTheServersOrder() throws Exception {
        // given five more activations than the fixtures hold
        for (int i = 1; i <= 5; i++) {
            api.addActivationToAudience(SPACE, AUDIENCE, CONNECTION, activationNamed("Paged activation " + i));
        }
        List<String> allAtOnce = api.listActivationsFromAudience(SPACE, AUDIENCE, AudiencePages.MAX_PAGE_SIZE, null)
                .getData().getActivations().stream().map(ActivationOutput::getId).toList();

        // when
        List<String> paged = AudiencePages.of(api).pageSize(2).activations(SPACE, AUDIENCE).map(ActivationOutput::getId).toList();

        // then
        assertThat(allAtOnce).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(allAtOnce);
    }

    @Test
    void destinations_inPagesOfOne_yieldEveryConnectionOnceInTheServersOrder() throws Exception {
        List<String> allAtOnce = api.listDestinationsFromAudience(SPACE, AUDIENCE, AudiencePages.MAX_PAGE_SIZE, null)
                .getData().getConnections().stream().map(SimpleDestination::getId).toList();

        List<String> paged = AudiencePages.of(api).pageSize(1).destinations(SPACE, AUDIENCE).map(SimpleDestination::getId).toList();

        assertThat(allAtOnce).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().contains(CONNECTION);
        assertThat(paged).isEqualTo(allAtOnce);
    }

    /** The spec's example body of addActivationToAudience under another name. */
    private static AddActivationToAudienceAlphaInput activationNamed(String name) throws Exception {
        ObjectNode body = MockClient.requestBodyExample("addActivationToAudience").deepCopy();
        body.put("activationName", name);
        return CLIENT_MAPPER.treeToValue(body, AddActivationToAudienceAlphaInput.class);
    }
}
