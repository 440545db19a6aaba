package io.activations.contract.cli.gate;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The gate as JUnit XML for a CI's test report: one {@code testcase} per step, a {@code failure}
 * listing what failed it, {@code skipped} with the reason. The contract suite's own cases are in its
 * report beside this one.
 */
public final class GateJunitRenderer {

  public static final String FILE_NAME = "TEST-contract-gate.xml";

  public String render(GateResult result) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "contract.gate");
      xml.writeAttribute("tests", Integer.toString(result.steps().size()));
      xml.writeAttribute("failures", Long.toString(result.failedSteps()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(result.steps().stream().filter(s -> s.status() == StepStatus.SKIPPED).count()));
      xml.writeAttribute("time", time(result.duration().toMillis()));
      xml.writeCharacters("\n");
      for (StepOutcome step : result.steps()) {
        testCase(xml, step);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void testCase(XMLStreamWriter xml, StepOutcome step) throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "contract.gate");
    xml.writeAttribute("name", step.step());
    xml.writeAttribute("time", time(step.duration().toMillis()));
    if (step.status() == StepStatus.FAILED) {
      xml.writeStartElement("failure");
      xml.writeAttribute("message", step.headline());
      xml.writeAttribute("type", "contract.gate." + step.step().replaceAll("[^a-z0-9]+", "-"));
      xml.writeCharacters(String.join("\n", step.problems()));
      xml.writeEndElement();
    } else if (step.status() == StepStatus.SKIPPED) {
      xml.writeStartElement("skipped");
      xml.writeAttribute("message", step.headline());
      xml.writeEndElement();
    } else if (!step.headline().isEmpty()) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(step.headline());
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String time(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
