package org.dovetail.cli;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dovetail.model.governance.Severity;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.RuleFailure;
import org.eclipse.emf.ecore.EObject;

/**
 * SARIF 2.1.0, for code-scanning dashboards: one run; every installed check in {@code tool.driver.rules}; one
 * result per finding, located in its model file (artifact) and by a logical location naming the element, its type
 * and its UUID; related elements as related locations; waivers as accepted suppressions; checks that failed or
 * timed out as tool execution notifications.
 */
final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The base id of the validated folder in {@code originalUriBaseIds}. */
    static final String BASE_ID = "MODELROOT";

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        ObjectNode log = JsonReport.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", DovetailCli.NAME).put("semanticVersion", DovetailCli.VERSION)
                .put("fullName", "Dovetail risk-testing rules and mapping validators");
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (ModelCheck check : report.checks()) {
            ruleIndex.put(check.id(), ruleIndex.size());
            rule(report, check, rules.addObject());
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", report.failures().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (ValidationReport.Failed failed : report.failures()) {
            RuleFailure failure = failed.failure();
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", failed.file().name() + ": " + failure);
            n.putObject("descriptor").put("id", failure.timedOut() ? "rule-timed-out" : "rule-failed");
            ObjectNode rule = n.putObject("associatedRule").put("id", failure.ruleId());
            if (ruleIndex.containsKey(failure.ruleId())) {
                rule.put("index", ruleIndex.get(failure.ruleId()));
            }
            n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", uri(failed.file().name())).put("uriBaseId", BASE_ID);
        }
        ArrayNode configurationNotes = invocation.putArray("toolConfigurationNotifications");
        for (String note : report.notes()) {
            ObjectNode n = configurationNotes.addObject();
            n.put("level", "warning");
            n.putObject("message").put("text", note);
        }

        // Artifact URIs are relative to the validated folder, named by this base id.
        run.putObject("originalUriBaseIds").putObject(BASE_ID).put("uri", report.base().toUri().toString());
        ArrayNode artifacts = run.putArray("artifacts");
        Map<String, Integer> artifactIndex = new HashMap<>();
        for (ValidationReport.FileReport file : report.files()) {
            artifactIndex.put(file.name(), artifactIndex.size());
            artifacts.addObject().putObject("location").put("uri", uri(file.name())).put("uriBaseId", BASE_ID);
        }

        ArrayNode results = run.putArray("results");
        for (ValidationReport.Located located : report.findings()) {
            RuleFinding f = located.finding();
            ObjectNode result = results.addObject();
            result.put("ruleId", f.ruleId());
            if (ruleIndex.containsKey(f.ruleId())) {
                result.put("ruleIndex", ruleIndex.get(f.ruleId()));
            }
            result.put("kind", "fail").put("level", level(f.severity()));
            result.putObject("message").put("text", f.message());
            String file = located.file().name();
            int artifact = artifactIndex.get(file);
            location(file, artifact, f.element(), result.putArray("locations").addObject());
            ArrayNode related = result.putArray("relatedLocations");
            List<EObject> others = f.related();
            for (int i = 0; i < others.size(); i++) {
                ObjectNode r = related.addObject().put("id", i);
                location(file, artifact, others.get(i), r);
                r.putObject("message").put("text", Elements.type(others.get(i)) + " \"" + Elements.label(others.get(i)) + '"');
            }
            if (f.waiver() != null && !f.isOpen()) {
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "external").put("status", "accepted")
                        .put("justification", ReportWriter.waiverText(f.waiver(), true));
            }
            ObjectNode properties = result.putObject("properties");
            properties.put("category", f.category() == null ? null : f.category().getLiteral())
                    .put("status", f.status().getLiteral()).put("explanation", f.explanation())
                    .put("remediation", f.remediation()).put("owner", Elements.owner(f.element()));
            if (f.waiver() != null && f.isOpen()) {
                properties.put("expiredWaiver", ReportWriter.waiverText(f.waiver(), false));
            }
        }
        JsonReport.MAPPER.writeValue(new JsonReport.NonClosing(out), log);
    }

    private static void rule(ValidationReport report, ModelCheck check, ObjectNode rule) {
        rule.put("id", check.id()).put("name", camel(check.id()));
        rule.putObject("shortDescription").put("text", check.title());
        rule.putObject("fullDescription").put("text", report.ruleText(check, "description", "explanation"));
        String help = report.ruleText(check, "help", "remediation");
        rule.putObject("help").put("text", help);
        rule.putObject("defaultConfiguration").put("level", level(check.defaultSeverity()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("category", check.category().getLiteral()).put("pack", check.pack().id())
                .put("packVersion", check.pack().version());
        ArrayNode tags = properties.putArray("tags");
        tags.add(ValidationReport.categoryLabel(check.category()));
        check.appliesTo().stream().map(c -> c.getName()).sorted().forEach(tags::add);
    }

    /** A physical location in the model file and a logical one naming the element and its UUID. */
    private static void location(String file, int artifact, EObject element, ObjectNode location) {
        location.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(file)).put("uriBaseId", BASE_ID)
                .put("index", artifact);
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", Elements.label(element)).put("fullyQualifiedName", Elements.path(element))
                .put("decoratedName", Elements.uuid(element)).put("kind", Elements.type(element));
        logical.putObject("properties").put("uuid", Elements.uuid(element)).put("owner", Elements.owner(element));
    }

    static String level(Severity severity) {
        if (severity == null) {
            return "note";
        }
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a URI reference ("my models/a.dovetail" → "my%20models/a.dovetail"). */
    static String uri(String relativePath) {
        try {
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativePath;
        }
    }

    /** "decision.four-eyes" → "DecisionFourEyes" (SARIF's rule name is an identifier). */
    private static String camel(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[.-]")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
