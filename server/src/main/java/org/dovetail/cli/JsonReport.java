package org.dovetail.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dovetail.model.governance.Severity;
import org.dovetail.model.governance.Waiver;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleFailure;
import org.eclipse.emf.ecore.EObject;

/** The whole report as JSON, for scripts: per file its findings (with waivers), failed checks and notes. */
final class JsonReport implements ReportWriter {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", DovetailCli.NAME).put("version", DovetailCli.VERSION);
        root.put("date", report.today().toString());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size()).put("checks", report.checks().size());
        ObjectNode open = summary.putObject("open");
        for (Map.Entry<Severity, Integer> e : report.openCounts().entrySet()) {
            open.put(ReportWriter.severity(e.getKey()), e.getValue());
        }
        summary.put("waived", report.waivedCount()).put("failedChecks", report.failures().size());
        ArrayNode files = root.putArray("files");
        for (ValidationReport.FileReport file : report.files()) {
            ObjectNode f = files.addObject();
            f.put("file", file.name()).put("configuration", file.configuration().source()).put("checksRun", file.result().checksRun());
            ArrayNode findings = f.putArray("findings");
            file.result().findings().forEach(finding -> finding(report, finding, findings.addObject()));
            ArrayNode failures = f.putArray("failures");
            for (RuleFailure failure : file.result().failures()) {
                failures.addObject().put("ruleId", failure.ruleId()).put("timedOut", failure.timedOut())
                        .put("message", failure.toString());
            }
            ArrayNode notes = f.putArray("notes");
            file.result().problems().forEach(notes::add);
        }
        ArrayNode notes = root.putArray("notes");
        report.problems().forEach(notes::add);
        MAPPER.writeValue(new NonClosing(out), root);
    }

    private static void finding(ValidationReport report, RuleFinding finding, ObjectNode node) {
        node.put("ruleId", finding.ruleId());
        report.check(finding.ruleId()).ifPresent(c -> node.put("title", c.title()).put("pack", c.pack().id()));
        node.put("category", finding.category() == null ? null : finding.category().getLiteral())
                .put("severity", ReportWriter.severity(finding.severity())).put("status", finding.status().getLiteral())
                .put("message", finding.message()).put("explanation", finding.explanation()).put("remediation", finding.remediation());
        element(finding.element(), node.putObject("element"));
        ArrayNode related = node.putArray("related");
        finding.related().forEach(r -> element(r, related.addObject()));
        Waiver w = finding.waiver();
        if (w != null) {
            ObjectNode waiver = node.putObject("waiver");
            waiver.put("response", w.getResponse() == null ? null : w.getResponse().getLiteral())
                    .put("grantedBy", w.getGrantedBy() == null ? null : Elements.label(w.getGrantedBy()))
                    .put("reason", w.getReason());
            waiver.put("grantedOn", w.getGrantedOn() == null ? null : ReportWriter.day(w.getGrantedOn()).toString());
            waiver.put("expiresOn", w.getExpiresOn() == null ? null : ReportWriter.day(w.getExpiresOn()).toString());
            waiver.put("holds", !finding.isOpen());
        }
    }

    static void element(EObject element, ObjectNode node) {
        node.put("name", Elements.label(element)).put("type", Elements.type(element)).put("uuid", Elements.uuid(element))
                .put("path", Elements.path(element)).put("owner", Elements.owner(element));
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
