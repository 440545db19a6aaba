package io.activations.contract.cli.gate;

import io.activations.contract.gate.client.ClientFinding;
import java.util.List;

/** The client's incompatibilities as a Markdown table, each beside the document change that caused it. */
public final class ClientFindingsTable {

  private ClientFindingsTable() {}

  public static String render(List<ClientFinding> findings) {
    StringBuilder md = new StringBuilder("| level | rule | Java | from the document | caused by | finding |\n|---|---|---|---|---|---|\n");
    for (ClientFinding f : findings) {
      md.append("| ERR | ").append(MarkdownCells.code(f.ruleId()))
          .append(" | ").append(MarkdownCells.code(f.element()))
          .append(" | ").append(MarkdownCells.code(f.origin().pointer()))
          .append(" | ").append(MarkdownCells.cell(String.join("; ", f.causes())))
          .append(" | ").append(MarkdownCells.cell(f.message())).append(" |\n");
    }
    return md.toString();
  }
}
