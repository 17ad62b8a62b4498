package org.dovetail.cli.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.cli.DovetailCli;
import org.dovetail.model.DovetailFactory;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.model.workasdone.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dovetail import} on plain jars: BPMN into a model, again (no duplicates), then an XES log against it; bad input exits 2. */
class ImportModelCommandTest {

    private static final Path MIWG = Path.of("../bundles/org.dovetail.importer.tests/data/bpmn-miwg");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DovetailCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importsBpmnThenReimportsThenChecksALog(@TempDir Path dir) throws Exception {
        Path model = emptyModel(dir);
        Path bpmn = MIWG.resolve("A.1.0.bpmn");
        Run first = run("import", "bpmn", bpmn.toString(), "--into", model.toString(), "--process", "p-miwg");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Process \"A.1.0\" from A.1.0.bpmn: 3 steps, 2 flows"), first.out());
        Process process = DovetailResources.load(model).getProcessDomain().getProcesses().get(0);
        assertEquals("p-miwg", process.getId());
        assertEquals(3, process.getSteps().size());

        Run again = run("import", "bpmn", bpmn.toString(), "--into", model.toString(), "--process", "p-miwg");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 added, 0 changed, 0 removed"), again.out());
        assertEquals(1, DovetailResources.load(model).getProcessDomain().getProcesses().size());

        Path log = Files.writeString(dir.resolve("log.xes"), "<log>\n<trace><event><string key=\"concept:name\" value=\"Task 1\"/></event>"
                + "<event><string key=\"concept:name\" value=\"task 3\"/></event><event><string key=\"concept:name\" value=\"Fax\"/></event></trace>\n"
                + "<trace><event><string key=\"concept:name\" value=\"Task 1\"/></event><event><string key=\"concept:name\" value=\"Task 2\"/></event>"
                + "<event><string key=\"concept:name\" value=\"Task 3\"/></event></trace>\n</log>\n");
        Run xes = run("import", "xes", log.toString(), "--into", model.toString());
        assertEquals(0, xes.code(), xes.err());
        assertTrue(xes.out().contains("2 cases, 6 events, 5 activities (1 unmatched)"), xes.out());
        assertTrue(xes.out().contains("note: activity \"Fax\" (1 events) matches no step of \"A.1.0\""), xes.out());
        EventLog eventLog = DovetailResources.load(model).getWorkAsDone().getEventLogs().get(0);
        assertEquals(2, eventLog.getCaseCount());
        assertTrue(eventLog.getDeviations().stream().anyMatch(d -> d.getKind().getLiteral().equals("skipped") && d.getStep().getName().equals("Task 2")
                && d.getAffectedCases() == 1 && d.getConsideredCases() == 2), "Task 2 skipped in one of two cases");
    }

    @Test
    void badInputExitsTwoAndLeavesTheModelAsItWas(@TempDir Path dir) throws Exception {
        Path model = emptyModel(dir);
        byte[] before = Files.readAllBytes(model);
        Path broken = Files.writeString(dir.resolve("broken.bpmn"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");
        Run run = run("import", "bpmn", broken.toString(), "--into", model.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(broken + ":2:") && run.err().contains("DOCTYPE"), run.err());
        assertTrue(run.err().contains(model + " was not changed"), run.err());
        assertArrayEquals(before, Files.readAllBytes(model));

        Run tooLarge = run("import", "bpmn", MIWG.resolve("B.2.0.bpmn").toString(), "--into", model.toString(), "--max-size", "10k");
        assertEquals(2, tooLarge.code());
        assertTrue(tooLarge.err().contains("more than the import limit of 10.0 KB"), tooLarge.err());

        Run unknown = run("import", "json", broken.toString(), "--into", model.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no import format \"json\"; there are: bpmn, xes, csv"), unknown.err());

        Run noProcess = run("import", "xes", broken.toString(), "--into", model.toString());
        assertEquals(2, noProcess.code());
        assertTrue(noProcess.err().contains("has no process to check the log against"), noProcess.err());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void csvLogWithNamedColumnsThenABadRow(@TempDir Path dir) throws Exception {
        Path model = emptyModel(dir);
        assertEquals(0, run("import", "bpmn", MIWG.resolve("A.1.0.bpmn").toString(), "--into", model.toString()).code());
        Path csv = Files.writeString(dir.resolve("export.csv"), "Ticket\tStep\tDone at\n2\tTask 1\t2026-11-02 09:00:00\n1\tTask 3\t2026-11-01 10:00:00\n"
                + "1\tTask 1\t2026-11-01 09:00:00\n2\tTask 2\t2026-11-02 09:30:00\n2\tTask 3\t2026-11-02 10:00:00\n");
        Run ok = run("import", "csv", csv.toString(), "--into", model.toString(), "--case", "ticket", "--activity", "step", "--timestamp", "done at",
                "--delimiter", "tab");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("2 cases, 5 events, 3 activities (0 unmatched)"), ok.out());
        assertTrue(ok.out().contains("note: timestamps without a time zone are read as UTC"), ok.out());
        EventLog eventLog = DovetailResources.load(model).getWorkAsDone().getEventLogs().get(0);
        assertEquals("csv", eventLog.getFormat().getLiteral());
        assertTrue(eventLog.getDeviations().stream().anyMatch(d -> d.getKind().getLiteral().equals("skipped") && d.getStep().getName().equals("Task 2")
                && d.getAffectedCases() == 1), "ticket 1 skipped Task 2 (its rows were against time and were put in order)");

        byte[] before = Files.readAllBytes(model);
        Path bad = Files.writeString(dir.resolve("bad.csv"), "case,activity,timestamp\nA,Task 1,2026-11-01T10:00:00Z\nA,Task 2,soon\n");
        Run refused = run("import", "csv", bad.toString(), "--into", model.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains(bad + ":3: the timestamp \"soon\" (column \"timestamp\") is not a date and time"), refused.err());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    @Test
    void xesWarningsGoToStandardErrorAndTheLogImports(@TempDir Path dir) throws Exception {
        Path model = emptyModel(dir);
        assertEquals(0, run("import", "bpmn", MIWG.resolve("A.1.0.bpmn").toString(), "--into", model.toString()).code());
        Path xes = Path.of("../bundles/org.dovetail.importer.tests/data/xes/non_validating/globals_violation_type.xes");
        Run run = run("import", "xes", xes.toString(), "--into", model.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("dovetail: warning: " + xes + ":10:9: 1 event without the attribute lifecycle:transition"), run.err());
        assertEquals(1, DovetailResources.load(model).getWorkAsDone().getEventLogs().get(0).getEventCount());
    }

    @Test
    void dryRunListsTheChangesAndSavesNothing(@TempDir Path dir) throws Exception {
        Path model = emptyModel(dir);
        byte[] before = Files.readAllBytes(model);
        Run run = run("import", "bpmn", MIWG.resolve("A.2.0.bpmn").toString(), "--into", model.toString(), "--dry-run");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("add Decision Gateway (Split Flow)"), run.out());
        assertTrue(run.out().contains("not changed (--dry-run)"), run.out());
        assertArrayEquals(before, Files.readAllBytes(model));
    }

    private static Path emptyModel(Path dir) throws Exception {
        DovetailModel model = DovetailFactory.eINSTANCE.createDovetailModel();
        model.setId("m-1");
        model.setName("Imports");
        Path file = dir.resolve("model.dovetail");
        DovetailResources.save(model, file);
        return file;
    }
}
