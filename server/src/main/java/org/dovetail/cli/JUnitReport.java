package org.dovetail.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.dovetail.model.governance.RuleCategory;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleFailure;

/**
 * JUnit XML as CI servers read it: one {@code testsuite} per model file and rule category, one {@code testcase} per
 * check that ran, one {@code failure} per open finding, an {@code error} for a check that threw or timed out; waived
 * findings are listed in the test case's {@code system-out}. {@code failures} counts the test cases with at least
 * one failure, {@code errors} those with an error.
 */
final class JUnitReport implements ReportWriter {

    private record Case(ModelCheck check, List<RuleFinding> open, List<RuleFinding> waived, Optional<RuleFailure> failure) {
        boolean failed() {
            return !open.isEmpty();
        }
    }

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            List<List<Case>> suites = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (ValidationReport.FileReport file : report.files()) {
                List<ModelCheck> ran = file.checksRun(report.checks());
                for (RuleCategory category : RuleCategory.VALUES) {
                    List<Case> cases = ran.stream().filter(c -> c.category() == category).map(c -> testCase(file, c)).toList();
                    if (!cases.isEmpty()) {
                        suites.add(cases);
                        names.add(file.name() + ": " + ValidationReport.categoryLabel(category));
                    }
                }
            }
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", DovetailCli.NAME + " validate");
            count(xml, suites.stream().flatMap(List::stream).toList());
            for (int i = 0; i < suites.size(); i++) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", names.get(i));
                count(xml, suites.get(i));
                xml.writeAttribute("skipped", "0");
                for (Case c : suites.get(i)) {
                    testCase(xml, names.get(i), c);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static Case testCase(ValidationReport.FileReport file, ModelCheck check) {
        List<RuleFinding> findings = file.result().findingsOf(check.id());
        return new Case(check, findings.stream().filter(RuleFinding::isOpen).toList(),
                findings.stream().filter(f -> !f.isOpen()).toList(),
                file.result().failures().stream().filter(f -> f.ruleId().equals(check.id())).findFirst());
    }

    private static void count(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(cases.stream().filter(Case::failed).count()));
        xml.writeAttribute("errors", Long.toString(cases.stream().filter(c -> c.failure().isPresent()).count()));
    }

    private static void testCase(XMLStreamWriter xml, String suite, Case c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", suite);
        xml.writeAttribute("name", c.check().id() + " (" + c.check().title() + ")");
        for (RuleFinding f : c.open()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", ReportWriter.severity(f.severity()));
            xml.writeAttribute("message", f.message());
            xml.writeCharacters(describe(f));
            xml.writeEndElement();
        }
        if (c.failure().isPresent()) {
            RuleFailure failure = c.failure().get();
            xml.writeCharacters("\n      ");
            xml.writeStartElement("error");
            xml.writeAttribute("type", failure.timedOut() ? "rule-timed-out" : "rule-failed");
            xml.writeAttribute("message", failure.toString());
            xml.writeCharacters(failure.toString());
            xml.writeEndElement();
        }
        if (!c.waived().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            StringBuilder text = new StringBuilder();
            for (RuleFinding f : c.waived()) {
                text.append(f.status().getLiteral().toUpperCase()).append(": ").append(f.message()).append(" (")
                        .append(ReportWriter.waiverText(f.waiver(), true)).append(")\n");
            }
            xml.writeCharacters(text.toString());
            xml.writeEndElement();
        }
        if (!c.open().isEmpty() || c.failure().isPresent() || !c.waived().isEmpty()) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static String describe(RuleFinding f) {
        StringBuilder text = new StringBuilder();
        text.append(Elements.type(f.element())).append(" \"").append(Elements.label(f.element())).append("\" ")
                .append(Elements.uuid(f.element())).append(" (").append(Elements.path(f.element())).append("), owner ")
                .append(Elements.owner(f.element())).append('\n');
        text.append("Why it matters: ").append(f.explanation()).append('\n');
        text.append("What to do: ").append(f.remediation()).append('\n');
        if (f.waiver() != null) {
            text.append(ReportWriter.waiverText(f.waiver(), false)).append('\n');
        }
        return text.toString();
    }
}
