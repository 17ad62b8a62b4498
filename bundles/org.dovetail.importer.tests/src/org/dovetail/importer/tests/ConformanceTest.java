package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dovetail.importer.api.ImportCanceledException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.PlannedChange;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.xes.XesImporter;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Approval;
import org.dovetail.model.process.Flow;
import org.dovetail.model.process.Process;
import org.dovetail.model.process.ProcessFactory;
import org.dovetail.model.process.Step;
import org.dovetail.model.workasdone.ActivityMapping;
import org.dovetail.model.workasdone.Deviation;
import org.dovetail.model.workasdone.DeviationKind;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.LogFormat;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small invoice process (Receive → Check → Approve invoice → Pay → Archive, with rework from Check back to Receive)
 * and a hand-made log of five cases, each deviating in a known way.
 */
class ConformanceTest {

    static final String[][] CASES = {
            // 1: as modelled (with a start event of Receive, which only completions count past)
            { "Receive:start", "Receive", "Check", "Approve invoice", "Pay", "Archive" },
            // 2: approval bypassed; Pay straight after Check
            { "Receive", "Check", "Pay", "Archive" },
            // 3: names differ in case and spaces; Pay done twice
            { "receive", "CHECK", "ApproveInvoice", "Pay", "Pay", "Archive" },
            // 4: rework loop (allowed) and a phone call the model does not have
            { "Receive", "Check", "Receive", "Check", "Approve invoice", "Pay", "Call supplier", "Archive" },
            // 5: approved before checking, never archived
            { "Receive", "Approve invoice", "Check", "Pay" } };

    @Test
    void deviationsOfTheLogAgainstTheProcess(@TempDir Path dir) throws Exception {
        DovetailModel model = BpmnImportTest.newModel();
        Process process = invoiceProcess(model);
        Path log = writeLog(dir.resolve("invoices.xes"));
        ImportPlan plan = new XesImporter().plan(new ImportRequest(log, process.getId(), ProcessGraph.of(process), ImportRequest.DEFAULT_XES_LIMIT),
                ImportMonitor.NONE);
        EventLog eventLog = (EventLog) plan.apply(model).focus();

        assertEquals(LogFormat.XES, eventLog.getFormat());
        assertSame(process, eventLog.getProcess());
        assertEquals(5, eventLog.getCaseCount());
        assertEquals(28, eventLog.getEventCount(), "every event counts, completions or not");
        Map<String, String> mappings = new TreeMap<>();
        for (ActivityMapping mapping : eventLog.getActivityMappings()) {
            mappings.put(mapping.getActivity(), mapping.getStep() == null ? null : mapping.getStep().getName());
        }
        assertEquals("Receive", mappings.get("receive"));
        assertEquals("Check", mappings.get("CHECK"));
        assertEquals("Approve invoice", mappings.get("ApproveInvoice"));
        assertTrue(mappings.containsKey("Call supplier"));
        assertNull(mappings.get("Call supplier"), "unmatched");
        assertEquals(9, mappings.size(), mappings.toString());

        Map<String, String> found = new TreeMap<>();
        for (Deviation d : eventLog.getDeviations()) {
            assertEquals(5, d.getConsideredCases());
            found.put(d.getKind().getLiteral() + " " + (d.getStep() == null ? "-" : d.getStep().getName()) + " " + d.getAffectedCases(), d.getDescription());
        }
        assertEquals(List.of("approvalBypassed Approve invoice 1", "reordered Approve invoice 1", "reordered Check 1", "reordered Pay 2",
                "repeated Pay 1", "skipped Archive 1", "unmodelled - 1"), List.copyOf(found.keySet()));
        assertEquals("The procedure has no flow from \"Check\" to \"Pay\"; work as done shows \"Pay\" directly after \"Check\" in 2 of 5 cases",
                found.get("reordered Pay 2"));
        assertEquals("The procedure has every case pass \"Approve invoice\"; work as done shows it bypassed in 1 of 5 cases",
                found.get("approvalBypassed Approve invoice 1"));
        assertTrue(found.get("unmodelled - 1").startsWith("Activity \"Call supplier\" (1 events in 1 of 5 cases)"));
        assertTrue(eventLog.getDeviations().stream().noneMatch(d -> d.getKind() == DeviationKind.REPEATED && d.getStep().getName().equals("Receive")),
                "Receive is on the rework loop: doing it twice is modelled");
    }

    @Test
    void importingTheLogAgainReplacesItsFigures(@TempDir Path dir) throws Exception {
        DovetailModel model = BpmnImportTest.newModel();
        Process process = invoiceProcess(model);
        Path log = writeLog(dir.resolve("invoices.xes"));
        XesImporter importer = new XesImporter();
        ImportRequest request = new ImportRequest(log, process.getId(), ProcessGraph.of(process), ImportRequest.DEFAULT_XES_LIMIT);
        importer.plan(request, ImportMonitor.NONE).apply(model);
        DovetailModel before = EcoreUtil.copy(model);
        ImportPlan again = importer.plan(request, ImportMonitor.NONE);
        List<PlannedChange> preview = again.preview(model);
        assertTrue(preview.stream().allMatch(c -> c.kind() == PlannedChange.Kind.KEEP), preview.toString());
        again.apply(model);
        assertEquals(1, model.getWorkAsDone().getEventLogs().size());
        EventLog log1 = before.getWorkAsDone().getEventLogs().get(0);
        EventLog log2 = model.getWorkAsDone().getEventLogs().get(0);
        assertEquals(log1.getDeviations().size(), log2.getDeviations().size());
        assertEquals(log1.getActivityMappings().size(), log2.getActivityMappings().size());
        assertEquals(log1.getId(), log2.getId());
    }

    @Test
    void cancelStopsTheReadAndChangesNothing(@TempDir Path dir) throws Exception {
        DovetailModel model = BpmnImportTest.newModel();
        Process process = invoiceProcess(model);
        Path big = dir.resolve("big.xes");
        StringBuilder xml = new StringBuilder("<log>\n");
        for (int i = 0; i < 20_000; i++) {
            xml.append("<trace><event><string key=\"concept:name\" value=\"Receive\"/></event><event><string key=\"concept:name\" value=\"Check\"/></event></trace>\n");
        }
        Files.writeString(big, xml.append("</log>\n"));
        CancelAfterFirstProgress cancelAfterFirstProgress = new CancelAfterFirstProgress();
        DovetailModel before = EcoreUtil.copy(model);
        assertThrows(ImportCanceledException.class, () -> new XesImporter()
                .plan(new ImportRequest(big, process.getId(), ProcessGraph.of(process), ImportRequest.DEFAULT_XES_LIMIT), cancelAfterFirstProgress));
        assertTrue(cancelAfterFirstProgress.progressed());
        assertTrue(EcoreUtil.equals(before, model));
    }

    static Process invoiceProcess(DovetailModel model) {
        ProcessFactory f = ProcessFactory.eINSTANCE;
        Process process = f.createProcess();
        process.setId("p-invoice");
        process.setName("Invoice approval");
        model.getProcessDomain().getProcesses().add(process);
        Step receive = step(process, f.createTask(), "Receive");
        Step check = step(process, f.createDecision(), "Check");
        Approval approve = f.createApproval();
        step(process, approve, "Approve invoice");
        Step pay = step(process, f.createTask(), "Pay");
        Step archive = step(process, f.createTask(), "Archive");
        flow(process, receive, check);
        flow(process, check, approve);
        flow(process, check, receive);
        flow(process, approve, pay);
        flow(process, pay, archive);
        org.dovetail.model.process.Trigger trigger = f.createTrigger();
        trigger.setId("t-invoice-arrives");
        trigger.setName("Invoice arrives");
        trigger.setStarts(receive);
        process.getTriggers().add(trigger);
        return process;
    }

    private static Step step(Process process, Step step, String name) {
        step.setId("s-" + name.toLowerCase().replace(' ', '-'));
        step.setName(name);
        process.getSteps().add(step);
        return step;
    }

    private static void flow(Process process, Step source, Step target) {
        Flow flow = ProcessFactory.eINSTANCE.createFlow();
        flow.setId("f-" + source.getName() + "-" + target.getName());
        flow.setSource(source);
        flow.setTarget(target);
        process.getFlows().add(flow);
    }

    static Path writeLog(Path file) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849.2016\">\n");
        xml.append("  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
        xml.append("  <extension name=\"Lifecycle\" prefix=\"lifecycle\" uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n");
        xml.append("  <string key=\"concept:name\" value=\"Invoices 2026\"/>\n");
        for (int c = 0; c < CASES.length; c++) {
            xml.append("  <trace>\n    <string key=\"concept:name\" value=\"case-").append(c + 1).append("\"/>\n");
            for (String event : CASES[c]) {
                String[] parts = event.split(":");
                xml.append("    <event><string key=\"concept:name\" value=\"").append(parts[0]).append("\"/>");
                xml.append("<string key=\"lifecycle:transition\" value=\"").append(parts.length > 1 ? parts[1] : "complete").append("\"/>");
                xml.append("<date key=\"time:timestamp\" value=\"2026-11-0").append(c + 1).append("T10:00:00+01:00\"/></event>\n");
            }
            xml.append("  </trace>\n");
        }
        return Files.writeString(file, xml.append("</log>\n"));
    }
}
