package io.activations.contract.suite.internal.fault;

import io.activations.contract.http.ApiRequest;
import io.activations.contract.http.ApiResponse;
import java.net.URI;

/**
 * A loopback HTTP proxy in front of a correct server that breaks one thing: it forwards every
 * request (changed only by auth and isolation faults) and rewrites the answer as its {@link Fault}
 * says.
 */
final class FaultInjectingProxy implements AutoCloseable {

  private final RewritingProxy proxy;
  private final Fault fault;

  private FaultInjectingProxy(RewritingProxy proxy, Fault fault) {
    this.proxy = proxy;
    this.fault = fault;
  }

  static FaultInjectingProxy start(URI upstreamUri, Fault fault, FaultContext context) throws Exception {
    RewritingProxy proxy = RewritingProxy.start(upstreamUri, new RewritingProxy.Rewrite() {
      @Override
      public ApiRequest request(ApiRequest request) {
        return fault.rewriteRequest(request, context);
      }

      @Override
      public ApiResponse response(ApiRequest request, ApiResponse answer) {
        return fault.rewriteResponse(request, answer);
      }

      @Override
      public boolean cutsShort(ApiRequest request, ApiResponse answer) {
        return fault.cutsShort(request, answer);
      }
    });
    return new FaultInjectingProxy(proxy, fault);
  }

  public URI baseUri() {
    return proxy.baseUri();
  }

  public Fault fault() {
    return fault;
  }

  @Override
  public void close() {
    proxy.close();
  }
}
