package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.api.ImportRequest;
import org.dovetail.importer.api.ProcessGraph;
import org.dovetail.importer.bpmn.BpmnImporter;
import org.dovetail.importer.xes.XesImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files: a DOCTYPE (external entity, entity bomb) is refused before anything is expanded or fetched. */
class SecurityTest {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    @Test
    void anExternalEntityIsNotRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = Files.writeString(dir.resolve("xxe.bpmn"), "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<definitions xmlns=\"" + BPMN_NS + "\" id=\"d\">\n  <process id=\"p\"><task id=\"t\" name=\"&xxe;\"/></process>\n</definitions>\n");
        ImportException e = assertThrows(ImportException.class, () -> bpmn(file));
        assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertTrue(e.line() >= 2 && e.line() <= 5, "the DOCTYPE's line: " + e.getMessage());
    }

    @Test
    void aBillionLaughsFileIsRefusedFast(@TempDir Path dir) throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE log [\n  <!ENTITY lol \"lol\">\n");
        dtd.append("  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            dtd.append("  <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">\n");
        }
        dtd.append("]>\n<log><trace><event><string key=\"concept:name\" value=\"&lol9;\"/></event></trace></log>\n");
        Path file = Files.writeString(dir.resolve("bomb.xes"), dtd);
        long start = System.nanoTime();
        ImportException e = assertThrows(ImportException.class, () -> xes(file));
        assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused without expanding");
    }

    @Test
    void anExternalDtdIsNotFetched(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ext.bpmn"), "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<definitions xmlns=\""
                + BPMN_NS + "\" id=\"d\"/>\n");
        ImportException e = assertThrows(ImportException.class, () -> bpmn(file));
        assertTrue(e.reason().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.line(), e.getMessage());
    }

    @Test
    void aLogOverTheSizeLimitIsRefusedAndSoIsAnEmptyFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.xes");
        StringBuilder log = new StringBuilder("<log>\n");
        while (log.length() < 200_000) {
            log.append("<trace><event><string key=\"concept:name\" value=\"A\"/></event></trace>\n");
        }
        Files.writeString(big, log.append("</log>\n"));
        ImportException e = assertThrows(ImportException.class,
                () -> new XesImporter().plan(new ImportRequest(big, "p", graph(), 100_000), ImportMonitor.NONE));
        assertTrue(e.reason().startsWith("the file is 19") && e.reason().endsWith("more than the import limit of 97.7 KB"), e.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.xes"), "");
        assertEquals("the file is empty", assertThrows(ImportException.class, () -> xes(empty)).reason());
        Path wrongRoot = Files.writeString(dir.resolve("wrong.xes"), "<?xml version=\"1.0\"?>\n<events/>\n");
        assertEquals("not an XES log: the root element is <events>, expected <log>", assertThrows(ImportException.class, () -> xes(wrongRoot)).reason());
    }

    @Test
    void deepNestingIsRefused(@TempDir Path dir) throws Exception {
        StringBuilder xml = new StringBuilder("<log><trace><event><container key=\"c\">");
        xml.append("<container key=\"c\">".repeat(300)).append("</container>".repeat(300)).append("</container></event></trace></log>");
        Path file = Files.writeString(dir.resolve("deep.xes"), xml);
        ImportException e = assertThrows(ImportException.class, () -> xes(file));
        // The JDK's own limit (jdk.xml.maxElementDepth, 100) or ours, whichever is lower, stops it.
        assertTrue(e.reason().contains("depth") || e.reason().contains("nested more than"), e.getMessage());
        assertTrue(e.line() == 1 && e.column() > 0, e.getMessage());
    }

    static void bpmn(Path file) throws ImportException {
        new BpmnImporter().plan(new ImportRequest(file, null, null, ImportRequest.DEFAULT_BPMN_LIMIT), ImportMonitor.NONE);
    }

    static void xes(Path file) throws ImportException {
        new XesImporter().plan(new ImportRequest(file, "p", graph(), ImportRequest.DEFAULT_XES_LIMIT), ImportMonitor.NONE);
    }

    static ProcessGraph graph() {
        return new ProcessGraph("p", "P", java.util.List.of(new ProcessGraph.StepNode("s", "A", "Task", false)), java.util.List.of(), java.util.List.of());
    }
}
