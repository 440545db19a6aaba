package io.activations.contract.mock.internal;

/** What the pipeline needs from an HTTP request, whichever server received it; the body comes separately. */
interface IncomingRequest {

  String method();

  /** The path as sent, still percent-encoded, without the query. */
  String rawPath();

  /** The query as sent, or null. */
  String rawQuery();

  /** The first value of a header (case-insensitive), or null. */
  String header(String name);

  /** The Content-Length the client declared, or -1 when it did not (a chunked body). */
  long declaredLength();
}
