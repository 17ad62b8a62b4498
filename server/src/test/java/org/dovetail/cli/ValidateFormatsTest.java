package org.dovetail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dovetail.model.Identified;
import org.dovetail.model.governance.FindingStatus;
import org.dovetail.rules.api.RuleFinding;
import org.dovetail.rules.engine.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Each shipped example model in every format shows exactly what the engine finds in it. */
class ValidateFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textListsEveryFindingGroupedWithCounts() throws Exception {
        for (String example : Cli.EXAMPLES) {
            Path model = Cli.example(dir, example);
            ValidationResult expected = Cli.engine(model);

            Cli cli = Cli.run("validate", model.toString());

            assertEquals(1, cli.exitCode(), cli.toString());
            for (RuleFinding f : expected.findings()) {
                assertTrue(cli.out().contains(f.ruleId() + "  " + f.message()), f.ruleId() + ": " + f.message());
            }
            assertTrue(cli.out().startsWith(example + "  (" + expected.checksRun() + " checks"), cli.out());
            assertTrue(cli.out().contains("Decision and evidence mismatch ("), cli.out());
            long errors = expected.openFindings().stream().filter(f -> f.severity().getLiteral().equals("error")).count();
            assertTrue(cli.out().contains(": " + errors + " error"), cli.out());
            long waived = expected.findings().stream().filter(f -> !f.isOpen()).count();
            assertTrue(cli.out().contains("; " + waived + " waived or accepted; 0 checks failed"), cli.out());
        }
        // The gaps the examples were built to show (models/GAPS.md), as a reader sees them.
        String invoices = Cli.run("validate", dir.resolve("supplier-invoice-approval.dovetail").toString()).out();
        assertTrue(invoices.contains("workasdone.approval-bypassed") && invoices.contains("14 %"), invoices);
        assertTrue(invoices.contains("decision.segregation-of-duties  System role \"Cost-centre approver (ERP)\""), invoices);
        String changes = Cli.run("validate", dir.resolve("it-change-enablement.dovetail").toString()).out();
        assertTrue(changes.contains("WAIVED   data.no-source-of-truth"), changes);
    }

    @Test
    void jsonHoldsEveryFindingWithItsElementAndWaiver() throws Exception {
        for (String example : Cli.EXAMPLES) {
            Path model = Cli.example(dir, example);
            ValidationResult expected = Cli.engine(model);
            Path output = dir.resolve(example + ".json");

            Cli cli = Cli.run("validate", model.toString(), "--format", "json", "--output", output.toString());

            assertEquals(1, cli.exitCode(), cli.toString());
            assertFalse(Files.readString(output).isBlank(), "report written");
            JsonNode file = JSON.readTree(output.toFile()).get("files").get(0);
            assertEquals(example, file.get("file").asText());
            List<String> actual = new ArrayList<>();
            for (JsonNode f : file.get("findings")) {
                actual.add(f.get("ruleId").asText() + ' ' + f.get("element").get("uuid").asText() + ' ' + f.get("status").asText());
                assertFalse(f.get("explanation").asText().isBlank());
                assertFalse(f.get("remediation").asText().isBlank());
                if (!f.get("status").asText().equals("open")) {
                    assertFalse(f.get("waiver").get("reason").asText().isBlank(), f.toString());
                }
            }
            assertEquals(keys(expected), actual);
        }
    }

    @Test
    void sarifIsSchemaValidAndLocatesEveryFindingByFileAndElement() throws Exception {
        for (String example : Cli.EXAMPLES) {
            Path model = Cli.example(dir, example);
            ValidationResult expected = Cli.engine(model);
            Path output = dir.resolve(example + ".sarif");

            Cli cli = Cli.run("validate", model.toString(), "--format=sarif", "--output=" + output);

            assertEquals(1, cli.exitCode(), cli.toString());
            JsonNode log = JSON.readTree(output.toFile());
            assertSchemaValid(log);
            JsonNode run = log.get("runs").get(0);
            JsonNode rules = run.get("tool").get("driver").get("rules");
            List<String> actual = new ArrayList<>();
            for (JsonNode result : run.get("results")) {
                JsonNode location = result.get("locations").get(0);
                assertEquals(example, location.get("physicalLocation").get("artifactLocation").get("uri").asText());
                JsonNode logical = location.get("logicalLocations").get(0);
                String uuid = logical.get("properties").get("uuid").asText();
                assertEquals(uuid, logical.get("decoratedName").asText());
                assertFalse(logical.get("name").asText().isBlank());
                JsonNode rule = rules.get(result.get("ruleIndex").asInt());
                assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
                assertFalse(rule.get("fullDescription").get("text").asText().isBlank());
                assertFalse(rule.get("help").get("text").asText().isBlank());
                String status = result.has("suppressions") ? result.get("properties").get("status").asText() : "open";
                actual.add(result.get("ruleId").asText() + ' ' + uuid + ' ' + status);
            }
            assertEquals(keys(expected), actual);
            assertTrue(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
            assertEquals(dir.toUri().toString(), run.get("originalUriBaseIds").get(SarifReport.BASE_ID).get("uri").asText());
        }
    }

    @Test
    void junitXmlHasASuiteperCategoryACasePerRuleAndAFailurePerOpenFinding() throws Exception {
        for (String example : Cli.EXAMPLES) {
            Path model = Cli.example(dir, example);
            ValidationResult expected = Cli.engine(model);
            Path output = dir.resolve(example + ".xml");

            Cli cli = Cli.run("validate", model.toString(), "--format", "junit", "--output", output.toString());

            assertEquals(1, cli.exitCode(), cli.toString());
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(output.toFile());
            Element root = xml.getDocumentElement();
            assertEquals("testsuites", root.getTagName());
            assertEquals(expected.checksRun(), xml.getElementsByTagName("testcase").getLength());
            assertEquals(String.valueOf(expected.checksRun()), root.getAttribute("tests"));
            assertEquals(expected.openFindings().size(), xml.getElementsByTagName("failure").getLength());
            long failedRules = expected.openFindings().stream().map(RuleFinding::ruleId).distinct().count();
            assertEquals(String.valueOf(failedRules), root.getAttribute("failures"));
            assertEquals("0", root.getAttribute("errors"));
            NodeList suites = xml.getElementsByTagName("testsuite");
            int tests = 0;
            for (int i = 0; i < suites.getLength(); i++) {
                Element suite = (Element) suites.item(i);
                assertTrue(suite.getAttribute("name").startsWith(example + ": "), suite.getAttribute("name"));
                tests += Integer.parseInt(suite.getAttribute("tests"));
            }
            assertEquals(expected.checksRun(), tests);
            long waived = expected.findings().size() - expected.openFindings().size();
            assertEquals(waived > 0, xml.getElementsByTagName("system-out").getLength() > 0);
        }
    }

    @Test
    void htmlIsOneSelfContainedPageForTheBoard() throws Exception {
        for (String example : Cli.EXAMPLES) {
            Path model = Cli.example(dir, example);
            ValidationResult expected = Cli.engine(model);
            Path output = dir.resolve(example + ".html");

            Cli cli = Cli.run("validate", model.toString(), "--format", "html", "--output", output.toString());

            assertEquals(1, cli.exitCode(), cli.toString());
            String html = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "self-contained");
            assertTrue(html.contains("<h2>By category</h2>") && html.contains("<h2>By owner</h2>"));
            for (RuleFinding f : expected.findings()) {
                assertTrue(html.contains(HtmlReport.esc(f.message())), f.message());
                assertTrue(html.contains(HtmlReport.esc(f.explanation())), f.explanation());
                assertTrue(html.contains(HtmlReport.esc(f.remediation())), f.remediation());
                for (var related : f.related()) {
                    assertTrue(html.contains(((Identified) related).getId()), "related element of " + f.ruleId());
                }
                if (f.status() != FindingStatus.OPEN) {
                    assertTrue(html.contains(HtmlReport.esc(f.waiver().getReason())), "waiver reason");
                    assertTrue(html.contains(f.status().getLiteral() + " by "), "who waived");
                    assertTrue(html.contains(" until 20"), "until when");
                }
            }
        }
    }

    @Test
    void theItChangeExampleShowsItsWaivedFindingAsWaivedInEveryFormat() throws Exception {
        Path model = Cli.example(dir, "it-change-enablement.dovetail");
        assertTrue(Cli.engine(model).findings().stream()
                .anyMatch(f -> f.status() == FindingStatus.WAIVED && f.ruleId().equals("data.no-source-of-truth")));

        assertTrue(Cli.run("validate", model.toString()).out().contains("WAIVED   data.no-source-of-truth"));
        JsonNode sarif = JSON.readTree(Cli.run("validate", model.toString(), "--format", "sarif").out());
        boolean suppressed = false;
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            if (result.get("ruleId").asText().equals("data.no-source-of-truth") && result.has("suppressions")) {
                suppressed = result.get("suppressions").get(0).get("justification").asText().startsWith("waived by ");
            }
        }
        assertTrue(suppressed);
    }

    @Test
    void theSchemaCheckRejectsWhatSarifForbids() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");
        JsonNode log = JSON.readTree(Cli.run("validate", model.toString(), "--format", "sarif").out());
        assertEquals(Set.of(), schemaErrors(log));

        ((com.fasterxml.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");

        assertEquals(2, schemaErrors(log).size(), schemaErrors(log).toString());
    }

    static void assertSchemaValid(JsonNode log) throws Exception {
        assertEquals(Set.of(), schemaErrors(log), "SARIF schema violations");
    }

    private static Set<ValidationMessage> schemaErrors(JsonNode log) throws Exception {
        try (InputStream schemaText = ValidateFormatsTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schemaText);
            return schema.validate(log);
        }
    }

    /** "ruleId uuid status" of every finding, in the engine's order. */
    private static List<String> keys(ValidationResult result) {
        return result.findings().stream()
                .map(f -> f.ruleId() + ' ' + ((Identified) f.element()).getId() + ' ' + f.status().getLiteral()).toList();
    }
}
