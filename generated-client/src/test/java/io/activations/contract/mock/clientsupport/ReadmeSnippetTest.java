package io.activations.contract.mock.clientsupport;

import static io.activations.contract.mock.clientsupport.MockClient.ACTIVATION;
import static io.activations.contract.mock.clientsupport.MockClient.AUDIENCE;
import static io.activations.contract.mock.clientsupport.MockClient.SPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.activations.client.api.ActivationsApi;
import io.activations.client.model.ActivationOutput;
import io.activations.client.support.ActivationsClients;
import io.activations.client.support.AudiencePages;
import io.activations.client.support.RateLimitRetry;
import io.activations.client.support.RateLimitStatus;
import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.MockServerExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The root README's client snippet runs against the mock, and the README shows exactly this code. */
@ExtendWith(MockServerExtension.class)
class ReadmeSnippetTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE =
            Path.of("src/test/java/io/activations/contract/mock/clientsupport/ReadmeSnippetTest.java");

    @Test
    void snippet_runsAgainstTheMock(MockServer mock) throws Exception {
        String token = MockClient.tokenOwning(mock, SPACE);
        String spaceId = SPACE;
        String audienceId = AUDIENCE;
        String id = ACTIVATION;
        URI baseUri = mock.baseUri();

        // README snippet start
        ActivationsApi api = ActivationsClients.api(baseUri, token);          // e.g. http://127.0.0.1:8080
        RateLimitRetry retry = RateLimitRetry.builder().build();               // waits Retry-After on 429, bounded
        List<ActivationOutput> all = AudiencePages.of(api).pageSize(100).retrying(retry)
            .activations(spaceId, audienceId).toList();                       // every page, lazily
        RateLimitStatus budget = RateLimitStatus.of(api.getActivationFromAudienceWithHttpInfo(spaceId, audienceId, id));
        // README snippet end

        assertThat(all).extracting(ActivationOutput::getId).contains(id);
        assertThat(budget.remaining()).isPresent();
    }

    @Test
    void readme_showsTheSnippetThisTestRuns() throws IOException {
        String readme = Files.readString(README);
        Matcher block = Pattern.compile("```java\\n(ActivationsApi api = .*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("the README's client snippet").isTrue();

        String source = Files.readString(THIS_SOURCE);
        String snippet = source.substring(source.indexOf("// README snippet start") + "// README snippet start".length(),
                source.indexOf("        // README snippet end"));

        assertThat(normalized(block.group(1))).isEqualTo(normalized(snippet));
    }

    private static String normalized(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }
}
