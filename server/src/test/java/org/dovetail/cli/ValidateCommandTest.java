package org.dovetail.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dovetail.cli.testrules.SlowRule;
import org.dovetail.cli.testrules.ThrowingRule;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.rules.api.ModelCheck;
import org.dovetail.rules.api.RiskRule;
import org.dovetail.rules.engine.RuleConfiguration;
import org.dovetail.rules.registry.MappingValidatorRegistry;
import org.dovetail.rules.registry.RiskRuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Exit codes, bad input, folders with their configuration, and vendor rule packs through --rules. */
class ValidateCommandTest {

    /** The example pack's jar, copied by the build from bundles/org.dovetail.rules.example/target. */
    private static final Path RULE_PACKS = Path.of("target/rule-packs");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    // ---- exit codes -------------------------------------------------------------------------------------------

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        assertEquals(1, Cli.run("validate", model.toString()).exitCode(), "default --fail-on error");
        assertEquals(1, Cli.run("validate", model.toString(), "--fail-on", "error").exitCode());
        assertEquals(1, Cli.run("validate", model.toString(), "--fail-on", "warning").exitCode());
        assertEquals(0, Cli.run("validate", model.toString(), "--fail-on", "never").exitCode());
    }

    @Test
    void warningsFailOnlyAtWarning() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");
        // Every check at warning: no errors remain.
        String everythingAtWarning = RiskRuleRegistry.getDefault().rules().stream().map(c -> "rule." + c.id() + " = warning\n")
                .collect(Collectors.joining()) + MappingValidatorRegistry.getDefault().validators().stream()
                        .map(c -> "rule." + c.id() + " = warning\n").collect(Collectors.joining());
        Files.writeString(dir.resolve(RuleConfiguration.FILE_NAME), everythingAtWarning);

        Cli errorLevel = Cli.run("validate", model.toString(), "--fail-on", "error");
        Cli warningLevel = Cli.run("validate", model.toString(), "--fail-on=WARNING");

        assertEquals(0, errorLevel.exitCode(), errorLevel.toString());
        assertTrue(errorLevel.out().contains(": 0 errors, "), errorLevel.out());
        assertEquals(1, warningLevel.exitCode(), warningLevel.toString());
    }

    @Test
    void aCorrectedModelPassesEvenAtWarning() throws Exception {
        Path model = dir.resolve("corrected.dovetail");
        DovetailResources.save(ExampleModels.supplierInvoiceApprovalCorrected(), model);

        Cli cli = Cli.run("validate", model.toString(), "--fail-on", "warning");

        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("no findings"), cli.out());
    }

    @Test
    void anUnreadableModelExitsWith2NamingTheFileAndTheProblem() throws Exception {
        Path broken = dir.resolve("broken.dovetail");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<dovetail:DovetailModel xmlns:dovetail=\"http://x\"><unclosed>");

        Cli cli = Cli.run("validate", broken.toString());

        assertEquals(2, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains(broken.toString()) && cli.err().contains("not a readable Dovetail model"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void aModelWithADoctypeIsRefused() throws Exception {
        Path evil = dir.resolve("evil.dovetail");
        Files.writeString(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        Cli cli = Cli.run("validate", evil.toString());

        assertEquals(2, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains(evil.toString()) && cli.err().contains("DOCTYPE"), cli.err());
    }

    @Test
    void aBrokenFileInAFolderStopsTheRunWith2() throws Exception {
        Cli.example(dir, "supplier-invoice-approval.dovetail");
        Files.writeString(dir.resolve("zz-empty.dovetail"), "");

        Cli cli = Cli.run("validate", dir.toString());

        assertEquals(2, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains("zz-empty.dovetail"), cli.err());
    }

    @Test
    void badUsageExitsWith2() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        Cli badFormat = Cli.run("validate", model.toString(), "--format", "pdf");
        assertEquals(2, badFormat.exitCode());
        assertTrue(badFormat.err().contains("--format"), badFormat.err());
        assertEquals(2, Cli.run("validate", model.toString(), "--fail-on", "sometimes").exitCode());
        assertEquals(2, Cli.run("validate").exitCode(), "no model");
        assertEquals(2, Cli.run("validate", model.toString(), "--no-such-option").exitCode());
        assertEquals(2, Cli.run("frobnicate").exitCode());
        assertEquals(2, Cli.run().exitCode());
        assertEquals(2, Cli.run("validate", dir.resolve("missing.dovetail").toString()).exitCode());
        assertEquals(0, Cli.run("validate", "--help").exitCode());
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWith2() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        Cli cli = Cli.run("validate", model.toString(), "--output", model.resolve("report.txt").toString());

        assertEquals(2, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains("cannot write the report"), cli.err());
    }

    @Test
    void aMalformedConfigurationExitsWith2NamingFileAndLine() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");
        Files.writeString(dir.resolve(RuleConfiguration.FILE_NAME), "# fine\nrule.workflow.shadow-state = loud\n");

        Cli cli = Cli.run("validate", model.toString());

        assertEquals(2, cli.exitCode(), cli.toString());
        assertTrue(cli.err().contains(RuleConfiguration.FILE_NAME + ":2"), cli.err());
    }

    // ---- folders ----------------------------------------------------------------------------------------------

    @Test
    void aFolderValidatesEveryModelBelowItWithTheConfigurationNextToIt() throws Exception {
        Cli.example(dir.resolve("p2p"), "supplier-invoice-approval.dovetail");
        Path changes = Cli.example(dir.resolve("itsm"), "it-change-enablement.dovetail");
        Files.writeString(dir.resolve("itsm").resolve(RuleConfiguration.FILE_NAME), "rule.workflow.shadow-state = off\n");
        assertFalse(Cli.engine(Cli.example(dir.resolve("plain"), "it-change-enablement.dovetail")).findingsOf("workflow.shadow-state").isEmpty());
        Files.delete(dir.resolve("plain").resolve("it-change-enablement.dovetail"));

        JsonNode report = JSON.readTree(Cli.run("validate", dir.toString(), "--format", "json").out());

        JsonNode files = report.get("files");
        assertEquals(2, files.size());
        assertEquals("itsm/it-change-enablement.dovetail", files.get(0).get("file").asText());
        assertEquals("p2p/supplier-invoice-approval.dovetail", files.get(1).get("file").asText());
        assertTrue(files.get(0).get("configuration").asText().endsWith(RuleConfiguration.FILE_NAME));
        assertEquals(Cli.engine(changes).findings().size(), files.get(0).get("findings").size());
        for (JsonNode f : files.get(0).get("findings")) {
            assertFalse(f.get("ruleId").asText().equals("workflow.shadow-state"), "switched off next to the model");
        }
        assertTrue(files.get(1).get("findings").toString().contains("workflow.shadow-state"));
    }

    @Test
    void anEmptyFolderIsBadInput() {
        Cli cli = Cli.run("validate", dir.toString());

        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("no .dovetail files"), cli.err());
    }

    @Test
    void progressGoesToStandardErrorWhenAskedFor() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        Cli quiet = Cli.run("validate", model.toString());
        Cli progress = Cli.run("validate", model.toString(), "--progress");

        assertEquals("", quiet.err());
        assertTrue(progress.err().contains("[1/1] supplier-invoice-approval.dovetail: check "), progress.err());
        assertEquals(quiet.out(), progress.out());
    }

    // ---- vendor rule packs ------------------------------------------------------------------------------------

    @Test
    void theExamplePackJarAddsItsRulesThroughRules() throws Exception {
        assertTrue(Files.isRegularFile(RULE_PACKS.resolve("org.dovetail.rules.example.jar")), "built by the reactor");
        assertTrue(RiskRuleRegistry.getDefault().rules().stream().map(ModelCheck::id).noneMatch(id -> id.startsWith("example.")),
                "the pack is not on the class path");
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        Cli without = Cli.run("validate", model.toString());
        Cli with = Cli.run("validate", model.toString(), "--rules", RULE_PACKS.toString());
        JsonNode sarif = JSON.readTree(Cli.run("validate", model.toString(), "--rules", RULE_PACKS.toString(), "--format", "sarif").out());

        assertFalse(without.out().contains("example.four-eyes"));
        assertTrue(with.out().contains("example.four-eyes  Transition \"Release, level 2\" completes the 2-person approval"), with.out());
        assertTrue(with.out().contains("example.sap-custom-role-create-and-release  Custom role Z_AP_CLERK may both create"), with.out());
        ValidateFormatsTest.assertSchemaValid(sarif);
        String rules = sarif.get("runs").get(0).get("tool").get("driver").get("rules").toString();
        assertTrue(rules.contains("\"id\":\"example.four-eyes\"") && rules.contains("\"pack\":\"org.dovetail.rules.example\""), rules);
        assertTrue(rules.contains("\"fullDescription\":{\"text\":\"An approval that the procedure gives to two or more people"), rules);
        assertTrue(rules.contains("the approval's workflow state"), "the pack's help text");
    }

    @Test
    void aThrowingRuleAndASlowRuleAreReportedInEveryFormatWhileTheOthersRun() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        jarListing(packs.resolve("misbehaving.jar"), ThrowingRule.class.getName(), SlowRule.class.getName());
        Path models = Files.createDirectories(dir.resolve("models"));
        Path model = Cli.example(models, "supplier-invoice-approval.dovetail");
        Files.writeString(models.resolve(RuleConfiguration.FILE_NAME), "time-limit = 300ms\n");
        String[] base = { "validate", model.toString(), "--rules", packs.toString() };

        Cli text = Cli.run(base);
        assertEquals(1, text.exitCode(), text.toString());
        assertTrue(text.out().contains("FAILED   test.throwing: rule failed: java.lang.IllegalStateException: vendor bug: no approver table"),
                text.out());
        assertTrue(text.out().contains("TIMEOUT  test.slow: rule timed out: stopped after the time limit of 300 ms"), text.out());
        assertTrue(text.out().contains("workflow.approval-skip-path"), "the other rules still ran");
        assertTrue(text.out().endsWith("2 checks failed" + System.lineSeparator()), text.out());
        assertEquals(1, Cli.run(with(base, "--fail-on", "warning")).exitCode());
        assertEquals(0, Cli.run(with(base, "--fail-on", "never")).exitCode());

        JsonNode json = JSON.readTree(Cli.run(with(base, "--format", "json")).out());
        assertEquals("[\"test.throwing\",\"test.slow\"]", JSON.writeValueAsString(
                json.get("files").get(0).get("failures").findValuesAsText("ruleId")));
        assertTrue(json.get("files").get(0).get("failures").get(1).get("timedOut").asBoolean());

        JsonNode sarif = JSON.readTree(Cli.run(with(base, "--format", "sarif")).out());
        ValidateFormatsTest.assertSchemaValid(sarif);
        JsonNode invocation = sarif.get("runs").get(0).get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals(2, invocation.get("toolExecutionNotifications").size());
        assertEquals("rule-timed-out", invocation.get("toolExecutionNotifications").get(1).get("descriptor").get("id").asText());

        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(Cli.run(with(base, "--format", "junit")).out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, junit.getElementsByTagName("error").getLength());
        assertEquals("2", junit.getDocumentElement().getAttribute("errors"));

        String html = Cli.run(with(base, "--format", "html")).out();
        assertTrue(html.contains("rule failed</span> <code>test.throwing</code>") && html.contains("timed out</span> <code>test.slow</code>"),
                html);
    }

    @Test
    void aRulesOptionThatIsNoFolderOfJarsIsBadInput() throws Exception {
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        Cli missing = Cli.run("validate", model.toString(), "--rules", dir.resolve("nowhere").toString());
        Cli empty = Cli.run("validate", model.toString(), "--rules", Files.createDirectories(dir.resolve("empty")).toString());

        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nowhere"), missing.err());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("no .jar files"), empty.err());
    }

    @Test
    void aBrokenServiceEntryIsANoteNotAStop() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        jarListing(packs.resolve("typo.jar"), "com.example.NoSuchRule");
        Path model = Cli.example(dir, "supplier-invoice-approval.dovetail");

        Cli cli = Cli.run("validate", model.toString(), "--rules", packs.toString());

        assertEquals(1, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("Notes") && cli.out().contains("com.example.NoSuchRule"), cli.out());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A jar whose META-INF/services lists {@code classes} as risk rules (the classes come from the class path). */
    private static void jarListing(Path jar, String... classes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("META-INF/services/" + RiskRule.class.getName()));
            out.write((String.join("\n", classes) + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
