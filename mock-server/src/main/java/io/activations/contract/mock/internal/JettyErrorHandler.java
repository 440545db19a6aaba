package io.activations.contract.mock.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty makes itself, before or around the API handler (a request line or URI it
 * cannot parse or refuses as ambiguous, a URI or header block over its limits, broken chunking,
 * a request that fails in Jetty), in the API's error envelope instead of Jetty's HTML page.
 *
 * <p>They belong to no operation, so, like the 404 for a path outside the spec, they carry no
 * rate-limit headers. Jetty's 5xx for protocol features it does not support (an unknown HTTP
 * version or transfer coding) are the client's mistake here and become a 400.
 */
final class JettyErrorHandler extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String message = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
      status = http.getCode();
      message = message == null ? http.getReason() : message;
    }
    MockResponse answer = ErrorBodies.protocolError(clientStatus(status), message);
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
    return true;
  }

  /** The body of an answer Jetty writes without building a request (a message it could not parse at all). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    MockResponse answer = ErrorBodies.protocolError(clientStatus(status), reason);
    fields.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    return BufferUtil.toBuffer(answer.body());
  }

  /** A failure with no error status (Jetty's 200 default) or a protocol 5xx is answered as a 400. */
  static int clientStatus(int status) {
    if (status == HttpStatus.NOT_IMPLEMENTED_501 || status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505
        || status < 400) {
      return HttpStatus.BAD_REQUEST_400;
    }
    return status;
  }
}
