package io.activations.contract.suite.internal.report;

import io.activations.contract.report.Finding;
import io.activations.contract.suite.CaseResult;
import io.activations.contract.suite.CaseStatus;
import io.activations.contract.suite.SuiteResult;
import io.activations.contract.suite.Transcript;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JUnit XML CI servers read: one {@code testsuite} per group, one {@code testcase} per case,
 * a {@code failure} carrying the whole transcript, {@code skipped} with its reason.
 */
final class JunitXmlRenderer implements SuiteRenderer {

  @Override
  public String fileName() {
    return "TEST-activations-contract.xml";
  }

  @Override
  public String render(SuiteResult result) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "activations-contract");
      attributes(xml, result.cases());
      xml.writeCharacters("\n");
      for (Map.Entry<String, List<CaseResult>> group : result.byGroup().entrySet()) {
        suite(xml, group.getKey(), group.getValue());
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

  private static void suite(XMLStreamWriter xml, String group, List<CaseResult> cases) throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "contract." + group);
    attributes(xml, cases);
    xml.writeCharacters("\n");
    for (CaseResult result : cases) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", "contract." + group);
      xml.writeAttribute("name", clean(result.name()));
      xml.writeAttribute("time", seconds(result.duration()));
      if (result.status() == CaseStatus.FAILED) {
        Finding first = result.errors().isEmpty() ? result.findings().get(0) : result.errors().get(0);
        xml.writeStartElement("failure");
        xml.writeAttribute("type", first.key());
        xml.writeAttribute("message", clean(first.key() + (first.location().isEmpty() ? "" : " at " + first.location()) + ": " + first.message()));
        xml.writeCharacters(clean(Transcript.of(result)));
        xml.writeEndElement();
      } else if (result.status() == CaseStatus.SKIPPED) {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", clean(result.note()));
      }
      if (result.status() != CaseStatus.FAILED && !result.warnings().isEmpty()) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(Transcript.findings(result.warnings())));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static void attributes(XMLStreamWriter xml, List<CaseResult> cases) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", Long.toString(cases.stream().filter(CaseResult::failed).count()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.status() == CaseStatus.SKIPPED).count()));
    xml.writeAttribute("time", seconds(cases.stream().map(CaseResult::duration).reduce(Duration.ZERO, Duration::plus)));
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
  }

  /** XML 1.0 cannot carry most control characters; a response body may contain them. */
  static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
      cleaned.appendCodePoint(allowed ? c : '?');
    });
    return cleaned.toString();
  }
}
