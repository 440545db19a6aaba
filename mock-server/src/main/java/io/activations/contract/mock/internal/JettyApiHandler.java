package io.activations.contract.mock.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
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
      new BodyReader(request, response, callback, awaiting.request()).run();
    } else {
      MockResponse answer = ((RequestPipeline.Answered) start).response();
      if (shouldDrainBeforeAnswering(request)) {
        new BodyDrain(request, 0, () -> write(response, callback, answer)).run();
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
   * Collects the body up to the pipeline's limit, then lets the pipeline answer. Past the limit it
   * keeps the body out of memory: the rest is drained (up to {@link #DRAIN_LIMIT}) and the answer
   * is 413.
   */
  private final class BodyReader implements Runnable, Invocable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final RequestPipeline.Accepted accepted;
    private byte[] buffer;
    private int size;

    BodyReader(Request request, Response response, Callback callback, RequestPipeline.Accepted accepted) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.accepted = accepted;
      long declared = request.getLength();
      this.buffer = new byte[declared >= 0 ? (int) declared : 4096];
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
          // the client went away or sent a broken body; Jetty answers a broken one with its own 400
          callback.failed(chunk.getFailure());
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        int length = bytes.remaining();
        boolean last = chunk.isLast();
        if (size + length > RequestPipeline.MAX_BODY_BYTES) {
          chunk.release();
          MockResponse tooLarge = pipeline.tooLarge(accepted);
          Runnable answer = () -> write(response, callback, tooLarge);
          if (last || request.getHeaders().contains(HttpHeader.EXPECT)) {
            answer.run();
          } else {
            new BodyDrain(request, size + length, answer).run();
          }
          return;
        }
        if (size + length > buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(RequestPipeline.MAX_BODY_BYTES, Math.max(size + length, buffer.length * 2)));
        }
        bytes.get(buffer, size, length);
        size += length;
        chunk.release();
        if (last) {
          write(response, callback, pipeline.finish(accepted, size == buffer.length ? buffer : Arrays.copyOf(buffer, size)));
          return;
        }
      }
    }
  }

  /**
   * Reads and drops the rest of a body, then answers. Stops at {@link #DRAIN_LIMIT} bytes or a
   * broken body and answers anyway: Jetty then closes the connection, which is all it can do.
   */
  private static final class BodyDrain implements Runnable, Invocable {
    private final Request request;
    private final Runnable answer;
    private long drained;

    BodyDrain(Request request, long alreadyRead, Runnable answer) {
      this.request = request;
      this.drained = alreadyRead;
      this.answer = answer;
    }

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
        boolean done = chunk.isLast() || Content.Chunk.isFailure(chunk);
        drained += chunk.remaining();
        chunk.release();
        if (done || drained > DRAIN_LIMIT) {
          answer.run();
          return;
        }
      }
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
