package io.activations.contract.mock.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.activations.contract.mock.MockServer;
import io.activations.contract.mock.fuzz.HostileRequests.HostileRequest;
import io.activations.contract.mock.fuzz.RawExchange.RawAnswer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answers Jetty makes before or around the API handler: each in the error envelope, with its
 * own status ({@code CRLF} in a case stands for a line break).
 */
class JettyAnswersTest {

  private static MockServer mock;

  @BeforeAll
  static void start() {
    mock = MockServer.builder().build().start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "encoded slash in a segment|GET /spaces/a%2Fb/audiences/x/activations HTTP/1.1|400|bad-request",
      "encoded dot-dot segment|GET /spaces/%2e%2e/audiences/x/activations HTTP/1.1|400|bad-request",
      "bare percent|GET /spaces/%/audiences HTTP/1.1|400|bad-request",
      "unknown HTTP version|GET /spaces HTTP/9.9|400|bad-request",
      "URI over 8 KiB|GET /spaces/LONG HTTP/1.1|414|uri-too-long",
      "headers over 8 KiB|GET /spaces HTTP/1.1CRLFX-Junk: LONG|431|headers-too-large",
      "no Host header|GET /spaces HTTP/1.1CRLFX-Host: none|400|bad-request"})
  void jettysOwnAnswer_isTheErrorEnvelope(String what, String head, int status, String type) throws IOException {
    String fullHead = head.replace("LONG", "x".repeat(9000)).replace("CRLF", "\r\n");
    if (!fullHead.contains("X-Host")) {
      fullHead += "\r\nHost: 127.0.0.1";
    }
    RawAnswer answer = RawExchange.send(mock.baseUri(), new HostileRequest(what, fullHead, new byte[0], false));

    assertThat(answer).isNotNull();
    assertThat(answer.status()).isEqualTo(status);
    assertThat(HostileRequestFuzzTest.problemWith(answer)).isNull();
    assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"type\":\"" + type + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"broken chunk size|zzCRLF{}CRLF0CRLFCRLF", "chunk cut short|5CRLF{}"})
  void unreadableBodyOfAnOperation_isA400WithItsRateLimitHeaders(String what, String chunks) throws IOException {
    String head = "POST " + HostileRequests.BODY_TARGET + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + HostileRequests.TOKEN + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked";
    byte[] body = chunks.replace("CRLF", "\r\n").getBytes(StandardCharsets.US_ASCII);
    HostileRequest request = new HostileRequest(what, head, body, false);

    RawAnswer answer = RawExchange.send(mock.baseUri(), request);

    assertThat(answer).isNotNull();
    assertThat(answer.status()).isEqualTo(400);
    assertThat(HostileRequestFuzzTest.problemWith(answer)).isNull();
    assertThat(answer.headers()).containsKeys("x-ratelimit-consumed", "x-ratelimit-remaining", "x-ratelimit-reset");
  }
}
