package io.activations.contract.mock.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * Jetty 12 core handler in front of the pipeline. It never blocks: the pipeline only computes,
 * and a body is read chunk by chunk as Jetty makes it available (demand callbacks), so Jetty may
 * run requests on its selector threads without handing them to another thread first.
 */
final class JettyApiHandler extends Handler.Abstract.NonBlocking {

  private final RequestPipeline pipeline;

  JettyApiHandler(RequestPipeline pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    RequestPipeline.Start start = pipeline.start(new JettyRequest(request));
    if (start instanceof RequestPipeline.AwaitingBody awaiting) {
      RequestPipeline.Accepted accepted = awaiting.request();
      new BodyReader(request, RequestPipeline.MAX_BODY_BYTES, body -> write(response, callback,
          body == null ? pipeline.tooLarge(accepted) : pipeline.finish(accepted, body)),
          failure -> write(response, callback, unreadableBody(accepted, failure))).run();
    } else {
      MockResponse answer = ((RequestPipeline.Answered) start).response();
      if (shouldDrainBeforeAnswering(request)) {
        new BodyReader(request, 0, dropped -> write(response, callback, answer),
            failure -> write(response, callback, answer)).run();
      } else {
        write(response, callback, answer);
      }
    }
    return true;
  }

  /**
   * Whether a request answered before its body was read (401, 404, 405, 429, ...) should have the
   * body read and dropped first. A server that answers and closes while the client is still
   * sending makes the client's TCP stack reset the connection, and the client often loses the
   * answer. A client that asked {@code Expect: 100-continue} has not sent the body, and a body
   * declared larger than {@link #DRAIN_LIMIT} is not worth waiting for: both are answered at once.
   */
  private static boolean shouldDrainBeforeAnswering(Request request) {
    HttpFields headers = request.getHeaders();
    if (headers.contains(HttpHeader.EXPECT)) {
      return false;
    }
    long declared = request.getLength();
    return declared > 0 ? declared <= DRAIN_LIMIT : headers.contains(HttpHeader.TRANSFER_ENCODING);
  }

  /**
   * The answer to a request whose body could not be read (broken chunking, a body shorter than
   * declared, too slow), with the operation's rate-limit headers; when the client has gone, it is
   * simply not delivered.
   */
  private static MockResponse unreadableBody(RequestPipeline.Accepted accepted, Throwable failure) {
    HttpException http = failure instanceof HttpException e ? e : null;
    int status = http == null ? 400 : JettyErrorHandler.clientStatus(http.getCode());
    String reason = http == null || http.getReason() == null ? "The body could not be read" : http.getReason();
    return ErrorBodies.protocolError(status, reason).withRateLimit(accepted.decision());
  }

  /** How much of an unwanted body is read and dropped so its answer reaches the client. */
  static final long DRAIN_LIMIT = 8L * RequestPipeline.MAX_BODY_BYTES;

  private static void write(Response response, Callback callback, MockResponse answer) {
    response.setStatus(answer.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      headers.put(header.getKey(), header.getValue());
    }
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  /**
   * Reads a body chunk by chunk as Jetty makes it available, keeping at most {@code keepLimit}
   * bytes. A body over that limit is not kept: the rest is read and dropped (up to
   * {@link #DRAIN_LIMIT}, after which Jetty can only close the connection) and {@code done} gets
   * null. A body within the limit goes to {@code done} whole.
   */
  private static final class BodyReader implements Runnable, Invocable {
    private final Request request;
    private final int keepLimit;
    private final Consumer<byte[]> done;
    private final Consumer<Throwable> failed;
    private byte[] buffer;
    private long size;

    BodyReader(Request request, int keepLimit, Consumer<byte[]> done, Consumer<Throwable> failed) {
      this.request = request;
      this.keepLimit = keepLimit;
      this.done = done;
      this.failed = failed;
      long declared = request.getLength();
      this.buffer = new byte[declared >= 0 && declared <= keepLimit ? (int) declared : Math.min(4096, keepLimit)];
    }

    /** Reading and answering only compute, so Jetty may call this back on a selector thread. */
    @Override
    public InvocationType getInvocationType() {
      return InvocationType.NON_BLOCKING;
    }

    @Override
    public void run() {
      while (true) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          // the client went away or sent a broken body
          failed.accept(chunk.getFailure());
          return;
        }
        boolean last = chunk.isLast();
        keep(chunk.getByteBuffer());
        chunk.release();
        boolean overLimit = size > keepLimit;
        if (last || size > DRAIN_LIMIT || (overLimit && request.getHeaders().contains(HttpHeader.EXPECT))) {
          done.accept(overLimit ? null : size == buffer.length ? buffer : Arrays.copyOf(buffer, (int) size));
          return;
        }
      }
    }

    private void keep(ByteBuffer bytes) {
      int length = bytes.remaining();
      if (size + length <= keepLimit) {
        if (size + length > buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(keepLimit, Math.max(size + length, buffer.length * 2L)));
        }
        bytes.get(buffer, (int) size, length);
      }
      size += length;
    }
  }

  private record JettyRequest(Request request) implements IncomingRequest {

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public String rawPath() {
      return request.getHttpURI().getPath();
    }

    @Override
    public String rawQuery() {
      return request.getHttpURI().getQuery();
    }

    @Override
    public String header(String name) {
      HttpField field = request.getHeaders().getField(name);
      return field == null ? null : field.getValue();
    }

    @Override
    public long declaredLength() {
      return request.getLength();
    }
  }
}
