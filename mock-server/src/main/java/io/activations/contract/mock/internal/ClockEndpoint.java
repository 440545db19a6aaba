package io.activations.contract.mock.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The mock's test endpoint for its clock, in front of the API when a test asked for it:
 * {@code GET /__mock/clock} answers {@code {"now": "<instant>"}}, and
 * {@code POST /__mock/clock/advance?millis=N} moves the clock N milliseconds forward (and answers
 * the new time), so a client can let a rate-limit window pass without waiting. Only loopback
 * clients may use it; anything else under {@code /__mock/} is answered in the API's error envelope.
 */
public final class ClockEndpoint extends Handler.Wrapper {

  static final String PREFIX = "/__mock/";
  private static final String NOW = "/__mock/clock";
  private static final String ADVANCE = "/__mock/clock/advance";

  private final ShiftedClock clock;

  private ClockEndpoint(Handler api, ShiftedClock clock) {
    super(api);
    this.clock = clock;
  }

  /** The clock the mock must run on so that this endpoint can move it. */
  public static Clock movable(Clock base) {
    return new ShiftedClock(base);
  }

  /** Puts the endpoint in front of {@code api}; {@code clock} must come from {@link #movable}. */
  public static Handler inFrontOf(Handler api, Clock clock) {
    if (!(clock instanceof ShiftedClock shifted)) {
      throw new IllegalArgumentException("the clock endpoint needs the clock made by ClockEndpoint.movable");
    }
    return new ClockEndpoint(api, shifted);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (path == null || !path.startsWith(PREFIX)) {
      return super.handle(request, response, callback);
    }
    if (!fromLoopback(request.getConnectionMetaData().getRemoteSocketAddress())) {
      answer(response, callback, 403, error("forbidden", "The mock's test endpoints answer loopback clients only"));
    } else if (NOW.equals(path) && "GET".equals(request.getMethod())) {
      answer(response, callback, 200, now());
    } else if (ADVANCE.equals(path) && "POST".equals(request.getMethod())) {
      advance(request, response, callback);
    } else {
      answer(response, callback, 404, error("not-found", "The mock's test endpoints are GET " + NOW + " and POST " + ADVANCE + "?millis=N"));
    }
    return true;
  }

  private void advance(Request request, Response response, Callback callback) {
    Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    String raw = query.getValue("millis");
    long millis;
    try {
      millis = raw == null ? -1 : Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      millis = -1;
    }
    if (millis < 0) {
      answer(response, callback, 400, error("bad-request", "millis must be a whole number of milliseconds, 0 or more"));
      return;
    }
    clock.advance(Duration.ofMillis(millis));
    answer(response, callback, 200, now());
  }

  private ObjectNode now() {
    return Json.object().put("now", clock.instant().toString());
  }

  private static ObjectNode error(String type, String message) {
    ObjectNode body = Json.object();
    body.putArray("errors").addObject().put("type", type).put("message", message);
    return body;
  }

  private static boolean fromLoopback(SocketAddress remote) {
    if (!(remote instanceof InetSocketAddress address)) {
      return false;
    }
    InetAddress ip = address.getAddress();
    return ip != null && ip.isLoopbackAddress();
  }

  private static void answer(Response response, Callback callback, int status, ObjectNode body) {
    byte[] bytes = Json.bytes(body);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
