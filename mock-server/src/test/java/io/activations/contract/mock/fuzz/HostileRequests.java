package io.activations.contract.mock.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Hostile HTTP/1.1 requests, drawn from a seeded {@link Random} so a failing run can be replayed:
 * junk and encoded path segments ({@code ..}, {@code %2F}, a bare {@code %}, {@code ;} parameters,
 * raw non-ASCII bytes), overlong URIs and headers, unknown methods, broken request lines, and bad
 * bodies (not JSON, wrong or missing type, over the size limit, broken chunking, shorter than declared).
 */
final class HostileRequests {

  static final String TOKEN = "mock-token-workspace-a";
  static final String AUDIENCE_PATH = "/spaces/spa_9aQ1Lj62S4bomZKLF4DPqW/audiences/aud_0ujsszwN8NRY24YaXiTIE2VWDTS";
  static final String VALID_TARGET = AUDIENCE_PATH + "/activations";
  /** Where a body is taken: adding an activation to a connection. */
  static final String BODY_TARGET = AUDIENCE_PATH + "/destination-connections/ii_123456789/activations";

  private static final List<String> SEGMENTS = List.of("spaces", "audiences", "activations", "destination-connections",
      "spa_9aQ1Lj62S4bomZKLF4DPqW", "aud_0ujsszwN8NRY24YaXiTIE2VWDTS", "act_987654321", "ii_123456789", "..", ".",
      "%2e%2e", "%2F", "%2f", "a%2Fb", "%", "%z", "%zz", "%00", "%FF", "%C0%AF", "%u002F", ";", ";a=b",
      "activations;jsessionid=1", "..;", "%3B", "", "\\", "%5C", "*", "~", "%20", "+", "act_%00", "x".repeat(300),
      "\u00e9", "%E2%82%AC", "@", "!$&'()*,=:");
  private static final List<String> METHODS = List.of("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS", "TRACE",
      "CONNECT", "PROPFIND", "FOO", "get", "G@T", "BREW");
  private static final List<String> QUERIES = List.of("", "?count=2", "?count=-1", "?count=%", "?cursor=%zz",
      "?cursor=..%2F..", "?a=b&a=c", "?=", "?&&&", "?count=1e309", "?;", "?count=%FF", "?x=\u00ff");
  private static final List<String> BODIES = List.of("", "{", "null", "[]", "{}", "\"x\"", "{\"activationName\":1}",
      "{\"a\":" + "[".repeat(2000) + "}", "\u0000\u0001", "{\"a\":\"\\ud800\"}", "{\"activationName\":\"n\"}");

  private final Random random;

  HostileRequests(long seed) {
    this.random = new Random(seed);
  }

  /** One hostile request, as the bytes to write on a fresh connection. */
  HostileRequest next() {
    return switch (random.nextInt(10)) {
      case 0 -> overlongUri();
      case 1 -> overlongHeader();
      case 2 -> brokenRequestLine();
      case 3 -> chunked();
      case 4 -> tooLarge();
      case 5, 6 -> withBody();
      default -> junkPath();
    };
  }

  /** A request the API answers with 200, to check the mock still serves after the hostile ones. */
  static HostileRequest valid() {
    return new HostileRequest("valid GET", head("GET", VALID_TARGET, true), new byte[0], false);
  }

  private HostileRequest junkPath() {
    String target = junkTarget();
    String method = pick(METHODS);
    return new HostileRequest("junk path " + method + " " + target, head(method, target, random.nextBoolean()),
        new byte[0], false);
  }

  private HostileRequest withBody() {
    String method = pick(List.of("POST", "POST", "POST", "PATCH", "PUT", "DELETE"));
    String target = random.nextBoolean() ? BODY_TARGET : junkTarget();
    byte[] body = pick(BODIES).getBytes(StandardCharsets.UTF_8);
    String type = pick(List.of("Content-Type: application/json", "Content-Type: text/plain",
        "Content-Type: application/json; charset=latin1", "Content-Type: ;;;", ""));
    int declared = random.nextInt(4) == 0 ? body.length + 1 + random.nextInt(50) : body.length;
    String head = head(method, target, true) + (type.isEmpty() ? "" : "\r\n" + type) + "\r\nContent-Length: " + declared;
    String description = "body " + method + " " + target + " [" + type + "] (" + body.length + "/" + declared + " bytes)";
    return new HostileRequest(description, head, body, false);
  }

  private HostileRequest chunked() {
    String chunks = pick(List.of("zz\r\n{}\r\n0\r\n\r\n", "2\r\n{}\r\n0\r\n\r\n", "5\r\n{}\r\n0\r\n\r\n",
        "-1\r\n", "2;x=y\r\n{}\r\n0\r\n\r\n", "fffffffffffff\r\n{}", "2\r\n{}0\r\n\r\n", "\r\n\r\n"));
    String encoding = pick(List.of("chunked", "gzip, chunked", "chunked, gzip", "identity", "xyz"));
    String head = head("POST", BODY_TARGET, true) + "\r\nContent-Type: application/json\r\nTransfer-Encoding: "
        + encoding + (random.nextInt(4) == 0 ? "\r\nContent-Length: 2" : "");
    return new HostileRequest("chunked " + encoding + " " + chunks.replace("\r\n", "|"), head,
        chunks.getBytes(StandardCharsets.US_ASCII), false);
  }

  private HostileRequest tooLarge() {
    int declared = 1024 * 1024 + 1 + random.nextInt(1024 * 1024);
    String head = head("POST", BODY_TARGET, true) + "\r\nContent-Type: application/json\r\nContent-Length: " + declared;
    return new HostileRequest("too large (" + declared + " bytes declared)", head, "{\"a\":".getBytes(), true);
  }

  private HostileRequest overlongUri() {
    String target = AUDIENCE_PATH + "/" + "a".repeat(8 * 1024 + random.nextInt(16 * 1024));
    return new HostileRequest("overlong URI", head("GET", target, true), new byte[0], false);
  }

  private HostileRequest overlongHeader() {
    String head = head("GET", VALID_TARGET, true);
    head += random.nextBoolean() ? "\r\nX-Junk: " + "b".repeat(8 * 1024 + random.nextInt(8 * 1024))
        : "\r\nX-Many: 1".repeat(200 + random.nextInt(800));
    return new HostileRequest("overlong headers", head, new byte[0], false);
  }

  private HostileRequest brokenRequestLine() {
    String line = pick(List.of("GET " + VALID_TARGET, "GET " + VALID_TARGET + " HTTP/9.9", "GET  HTTP/1.1",
        "GET " + VALID_TARGET + " HTTP/1.1 extra", "\u0000\u0001\u0002", "GET\t" + VALID_TARGET + " HTTP/1.1",
        " GET " + VALID_TARGET + " HTTP/1.1", "GET http://other.example" + VALID_TARGET + " HTTP/1.1",
        "GET " + VALID_TARGET + " HTTP/1.1\r\nBad Header Name: x", "GET " + VALID_TARGET + " HTTP/1.1\r\n: empty",
        "GET " + VALID_TARGET + " HTTP/1.1\r\nHost: a\r\nHost: b", "GET " + VALID_TARGET + " HTTP/1.0"));
    String head = line.startsWith("GET") && !line.contains("Host:") && !line.endsWith("HTTP/1.0")
        ? line + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN : line;
    return new HostileRequest("broken request line " + line.replace("\r\n", "|"), head, new byte[0], false);
  }

  private String junkTarget() {
    StringBuilder target = new StringBuilder();
    int segments = 1 + random.nextInt(7);
    for (int i = 0; i < segments; i++) {
      target.append('/').append(pick(SEGMENTS));
    }
    return target.append(pick(QUERIES)).toString();
  }

  private static String head(String method, String target, boolean authorized) {
    return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1"
        + (authorized ? "\r\nAuthorization: Bearer " + TOKEN : "");
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A request to send: the head (without the blank line), then the body; {@code mayClose} marks a
   * request the mock may answer and then close the connection on (a body over the limit).
   */
  record HostileRequest(String description, String head, byte[] body, boolean mayClose) {}
}
