package io.activations.contract.gate;

/** Where a schema is used: its rule ids take the prefix, its changes are judged from the side. */
enum Place {
  REQUEST_BODY("request-property", Side.REQUEST, "request body or property"),
  REQUEST_PARAMETER("request-parameter", Side.REQUEST, "request parameter"),
  RESPONSE_BODY("response-property", Side.RESPONSE, "response body or property");

  final String prefix;
  final Side side;
  final String description;

  Place(String prefix, Side side, String description) {
    this.prefix = prefix;
    this.side = side;
    this.description = description;
  }
}
