package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.dovetail.importer.api.ImportCanceledException;
import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportPlan;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.csv.CsvImporter;
import org.dovetail.importer.registry.ImportFormatRegistry;
import org.dovetail.importer.xes.XesImporter;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Process;
import org.dovetail.model.workasdone.EventLog;
import org.dovetail.model.workasdone.LogFormat;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CSV event logs: the same events as an XES log give the same EventLog, mappings and deviations; columns by header
 * name or option; bad rows are refused with their line.
 */
class CsvImportTest {

    @TempDir
    Path dir;

    /** The five cases of {@link ConformanceTest}, as XES in time order and as CSV with every row reversed. */
    @Test
    void theSameEventsAsXesGiveTheSameEventLog() throws Exception {
        List<String[]> events = new ArrayList<>();
        StringBuilder xes = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849.2016\">\n");
        xes.append("<extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n");
        xes.append("<extension name=\"Lifecycle\" prefix=\"lifecycle\" uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n");
        xes.append("<extension name=\"Time\" prefix=\"time\" uri=\"http://www.xes-standard.org/time.xesext\"/>\n");
        for (int c = 0; c < ConformanceTest.CASES.length; c++) {
            xes.append("<trace><string key=\"concept:name\" value=\"case-").append(c + 1).append("\"/>\n");
            for (int e = 0; e < ConformanceTest.CASES[c].length; e++) {
                String[] parts = ConformanceTest.CASES[c][e].split(":");
                String transition = parts.length > 1 ? parts[1] : "complete";
                String time = String.format("2026-11-0%dT10:%02d:00+01:00", c + 1, e);
                events.add(new String[] { "case-" + (c + 1), parts[0], time, transition });
                xes.append("<event><string key=\"concept:name\" value=\"").append(parts[0]).append("\"/><string key=\"lifecycle:transition\" value=\"")
                        .append(transition).append("\"/><date key=\"time:timestamp\" value=\"").append(time).append("\"/></event>\n");
            }
            xes.append("</trace>\n");
        }
        Path xesFile = Files.writeString(dir.resolve("invoices.xes"), xes.append("</log>\n"));
        // Newest first, as many systems export: cases interleave and each case's rows are against time.
        Collections.reverse(events);
        StringBuilder csv = new StringBuilder("Case ID;Activity;Complete Timestamp;lifecycle:transition\n");
        events.forEach(e -> csv.append(String.join(";", e)).append('\n'));
        Path csvFile = Files.writeString(dir.resolve("invoices.csv"), csv);

        DovetailModel xesModel = BpmnImportTest.newModel();
        DovetailModel csvModel = BpmnImportTest.newModel();
        EventLog fromXes = importLog(new XesImporter(), xesModel, xesFile, Map.of());
        EventLog fromCsv = importLog(new CsvImporter(), csvModel, csvFile, Map.of());
        assertEquals(LogFormat.CSV, fromCsv.getFormat());
        assertEquals("invoices.csv", fromCsv.getSource());
        assertEquals(5, fromCsv.getCaseCount());
        assertEquals(fromXes.getCaseCount(), fromCsv.getCaseCount());
        assertEquals(fromXes.getEventCount(), fromCsv.getEventCount(), "every row counts as an event, as every XES event does");
        assertEquals(describe(fromXes), describe(fromCsv));
        assertEquals(7, fromCsv.getDeviations().size(), describe(fromCsv).toString());
    }

    private EventLog importLog(org.dovetail.importer.api.ModelImporter importer, DovetailModel model, Path file, Map<String, String> options)
            throws ImportException {
        Process process = ConformanceTest.invoiceProcess(model);
        ImportPlan plan = importer.plan(new ImportRequest(file, process.getId(), ProcessGraph.of(process), 1 << 20, options), ImportMonitor.NONE);
        return (EventLog) plan.apply(model).focus();
    }

    private static List<String> describe(EventLog log) {
        List<String> lines = new ArrayList<>();
        log.getActivityMappings().forEach(m -> lines.add("mapping " + m.getActivity() + " -> " + (m.getStep() == null ? "-" : m.getStep().getId())));
        log.getDeviations().forEach(d -> lines.add("deviation " + d.getKind() + " " + (d.getStep() == null ? "-" : d.getStep().getId()) + " "
                + d.getAffectedCases() + "/" + d.getConsideredCases() + " " + d.getDescription()));
        Collections.sort(lines);
        return lines;
    }

    @Test
    void columnsAndDelimiterByOption() throws Exception {
        Path file = Files.writeString(dir.resolve("export.txt"), "ticket|step|when|note\n"
                + "T-1|Receive|2026-11-01 10:00:00|\"first, with a comma\"\n"
                + "T-1|Check|2026-11-01 10:05:00|\n"
                + "T-2|Receive|2026-11-01 09:00|\n");
        DovetailModel model = BpmnImportTest.newModel();
        EventLog log = importLog(new CsvImporter(), model, file, Map.of(CsvImporter.CASE, "Ticket", CsvImporter.ACTIVITY, "step",
                CsvImporter.TIMESTAMP, "when", CsvImporter.DELIMITER, "|"));
        assertEquals(2, log.getCaseCount());
        assertEquals(3, log.getEventCount());
        assertTrue(log.getDeviations().stream().anyMatch(d -> d.getDescription().contains("\"Check\"") && d.getAffectedCases() == 1),
                "T-2 skipped Check: " + describe(log));
    }

    @Test
    void aCsvWithoutTimestampsKeepsTheFileOrderAndSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.csv"), "case,activity\nA,Receive\nA,Check\nA,Approve invoice\nA,Pay\nA,Archive\n");
        DovetailModel model = BpmnImportTest.newModel();
        Process process = ConformanceTest.invoiceProcess(model);
        ImportPlan plan = new CsvImporter().plan(new ImportRequest(file, process.getId(), ProcessGraph.of(process), 1 << 20), ImportMonitor.NONE);
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("no timestamp column")), plan.notes().toString());
        EventLog log = (EventLog) plan.apply(model).focus();
        assertEquals(0, log.getDeviations().size(), describe(log).toString());
    }

    /** content, expected line (0: the whole file), expected reason (start). */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "case,activity,time\\nA,Receive,2026-11-01T10:00:00Z\\nA,Check\\n|3|the row has 2 fields, the header 3",
            "case,activity,time\\nA,Receive,2026-11-01T10:00:00Z\\n,Check,2026-11-01T10:00:00Z\\n|3|the case id (column \"case\") is empty",
            "case,activity,time\\nA,Receive,yesterday\\n|2|the timestamp \"yesterday\" (column \"time\") is not a date and time",
            "case,activity,time\\nA,Receive,2026-11-01T10:00:00Z\\nA,\"Check\"x,2026-11-01T10:00:00Z\\n|3|malformed CSV:",
            "id,name,time\\nA,Receive,2026-11-01T10:00:00Z\\n|1|no case id column: name it with --case",
            "case,activity,time\\n|2|the log has a header but no rows",
            "case,activity,case\\nA,Receive,B\\n|1|the header row:" })
    void badRowsAreRefusedWithTheirLine(String content, int line, String reason) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), content.replace("\\n", "\n"));
        DovetailModel model = BpmnImportTest.newModel();
        DovetailModel before = EcoreUtil.copy(model);
        ImportException e = assertThrows(ImportException.class, () -> importLog(new CsvImporter(), model, file, Map.of()));
        assertTrue(e.reason().startsWith(reason), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + (line > 0 ? ":" + line + ": " : ": ")), e.getMessage());
        model.getProcessDomain().getProcesses().clear();
        assertTrue(EcoreUtil.equals(before, model), "the model is not touched");
    }

    @Test
    void aNamedColumnThatIsMissingListsTheHeader() throws Exception {
        Path file = Files.writeString(dir.resolve("log.csv"), "case,activity\nA,Receive\n");
        ImportException e = assertThrows(ImportException.class,
                () -> importLog(new CsvImporter(), BpmnImportTest.newModel(), file, Map.of(CsvImporter.TIMESTAMP, "Start")));
        assertEquals("there is no column \"Start\" (--timestamp); the header has \"case\", \"activity\"", e.reason());
    }

    @Test
    void sizeLimitAndCancel() throws Exception {
        StringBuilder csv = new StringBuilder("case,activity,time\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append("c").append(i).append(",Receive,2026-11-01T10:00:00Z\n");
        }
        Path big = Files.writeString(dir.resolve("big.csv"), csv);
        DovetailModel model = BpmnImportTest.newModel();
        Process process = ConformanceTest.invoiceProcess(model);
        ImportException tooBig = assertThrows(ImportException.class,
                () -> new CsvImporter().plan(new ImportRequest(big, process.getId(), ProcessGraph.of(process), 100_000), ImportMonitor.NONE));
        assertTrue(tooBig.reason().contains("more than the import limit of 97.7 KB"), tooBig.getMessage());
        CancelAfterFirstProgress cancelAfterFirstProgress = new CancelAfterFirstProgress();
        assertThrows(ImportCanceledException.class, () -> new CsvImporter()
                .plan(new ImportRequest(big, process.getId(), ProcessGraph.of(process), 1 << 30), cancelAfterFirstProgress));
        assertTrue(cancelAfterFirstProgress.progressed());
    }

    @Test
    void theFormatIsRegistered() {
        assertEquals("CSV event log", ImportFormatRegistry.getDefault().get("csv").name());
    }
}
