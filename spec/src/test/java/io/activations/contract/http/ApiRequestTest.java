package io.activations.contract.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @Test
  void header_isFoundWhateverItsCase() {
    ApiRequest request = ApiRequest.get("/x").withHeader("authorization", "Bearer t");

    assertThat(request.header("Authorization")).contains("Bearer t");
    assertThat(request.header("AUTHORIZATION")).contains("Bearer t");
    assertThat(request.header("Accept")).isEmpty();
  }

  @Test
  void withBody_replacesTheContentType() {
    ApiRequest request = ApiRequest.post("/x", "text/plain", "a").withBody("application/json", "{}");

    assertThat(request.headerValues("content-type")).containsExactly("application/json");
    assertThat(request.bodyAsString()).isEqualTo("{}");
    assertThat(request.method()).isEqualTo("POST");
  }

  @Test
  void method_isUpperCased() {
    assertThat(ApiRequest.of("patch", "/x").method()).isEqualTo("PATCH");
  }

  @Test
  void parseQuery_decodesAndKeepsRepeatsInOrder() {
    assertThat(ApiRequest.parseQuery("pagination.count=3&pagination.cursor=Mw%3D%3D&tag=a+b&tag=c&flag"))
        .containsExactly(
            entry("pagination.count", List.of("3")),
            entry("pagination.cursor", List.of("Mw==")),
            entry("tag", List.of("a b", "c")),
            entry("flag", List.of("")));
  }

  @Test
  void body_isCopiedSoTheCallerCannotChangeIt() {
    byte[] body = {'{', '}'};
    ApiRequest request = new ApiRequest("POST", "/x", null, null, body);

    body[0] = 'x';

    assertThat(request.bodyAsString()).isEqualTo("{}");
  }

  @Test
  void percentDecoder_keepsMalformedEscapesAndDecodesUtf8() {
    assertThat(PercentDecoder.decodePathSegment("100%")).isEqualTo("100%");
    assertThat(PercentDecoder.decodePathSegment("caf%C3%A9")).isEqualTo("café");
    assertThat(PercentDecoder.decodePathSegment("%zz")).isEqualTo("%zz");
  }

  @Test
  void response_headerLookupIgnoresCase() {
    ApiResponse response = ApiResponse.status(429).withHeader("retry-after", "42");

    assertThat(response.header("Retry-After")).contains("42");
    assertThat(response.status()).isEqualTo(429);
  }
}
