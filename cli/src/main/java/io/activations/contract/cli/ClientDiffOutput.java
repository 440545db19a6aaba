package io.activations.contract.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activations.contract.gate.DiffRenderer;
import io.activations.contract.gate.JsonDiffRenderer;
import io.activations.contract.gate.MarkdownDiffRenderer;
import io.activations.contract.gate.client.ClientCompatibilityReport;
import io.activations.contract.gate.client.ClientReportRenderer;

/**
 * {@code ./contract diff --client}: the client check's findings next to the document's, in the
 * format chosen: after the text or Markdown report, or as the {@code client} member of the JSON one.
 */
final class ClientDiffOutput {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ClientDiffOutput() {}

  static String render(DiffRenderer format, String documentReport, ClientCompatibilityReport client) {
    ClientReportRenderer renderer = new ClientReportRenderer();
    if (format instanceof JsonDiffRenderer) {
      try {
        ObjectNode root = (ObjectNode) JSON.readTree(documentReport);
        root.set("client", renderer.json(client));
        return JSON.writeValueAsString(root) + System.lineSeparator();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the diff's own JSON always parses", e);
      }
    }
    if (format instanceof MarkdownDiffRenderer) {
      return documentReport + "\n" + renderer.markdown(client);
    }
    return documentReport + renderer.text(client);
  }
}
