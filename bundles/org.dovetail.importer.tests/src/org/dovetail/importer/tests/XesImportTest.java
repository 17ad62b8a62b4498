package org.dovetail.importer.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.xes.XesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The XES fixtures (promi's test files, MIT): correct ones parse with the right counts, broken ones are refused clearly. */
class XesImportTest {

    static final Path XES = Path.of("data/xes");

    static Stream<Path> correct() throws IOException {
        return files("correct");
    }

    static Stream<Path> nonParsing() throws IOException {
        return files("non_parsing");
    }

    static Stream<Path> nonValidating() throws IOException {
        return files("non_validating");
    }

    static Stream<Path> recoverable() throws IOException {
        return files("recoverable");
    }

    private static Stream<Path> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(XES.resolve(folder))) {
            return list.filter(p -> p.toString().endsWith(".xes")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreFixturesOfEveryKind() throws IOException {
        assertEquals(18, correct().count());
        assertEquals(22, nonParsing().count());
        assertEquals(16, nonValidating().count());
        assertTrue(recoverable().count() >= 9);
    }

    /** file, cases, events (traces' and loose), events outside traces, completed activities handed on. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "boolean_correct_value.xes, 0, 0, 0, 0", "classifier_correct_attributes.xes, 0, 0, 0, 0",
            "classifier_event_correct_attributes.xes, 0, 0, 0, 0", "classifier_trace_correct_attributes.xes, 0, 0, 0, 0",
            "date_correct_value.xes, 0, 0, 0, 0", "event_correct_attributes.xes, 1, 4, 2, 2", "extension_correct_attributes.xes, 0, 0, 0, 0",
            "extension_standard.xes, 0, 0, 0, 0", "global_event_string_correct_attributes.xes, 0, 0, 0, 0", "global_no_attributes.xes, 0, 0, 0, 0",
            "global_string_correct_attributes.xes, 0, 0, 0, 0", "global_trace_string_correct_attributes.xes, 0, 0, 0, 0",
            "id_correct_value.xes, 0, 0, 0, 0", "int_correct_value.xes, 0, 0, 0, 0", "log_correct_attributes.xes, 0, 0, 0, 0",
            "real_correct_value.xes, 0, 0, 0, 0", "string_correct_attributes.xes, 0, 0, 0, 0", "trace_correct_attributes.xes, 1, 0, 0, 0" })
    void everyCorrectFixtureParsesWithItsCounts(String file, int cases, long events, long loose, int activities) throws ImportException {
        List<XesReader.Trace> traces = new ArrayList<>();
        XesReader.Summary summary = XesReader.read(XES.resolve("correct").resolve(file), 1 << 20, ImportMonitor.NONE, traces::add);
        assertEquals(cases, summary.cases(), "cases");
        assertEquals(events, summary.events(), "events");
        assertEquals(loose, summary.eventsOutsideTraces(), "events outside traces");
        assertEquals(cases, traces.size());
        assertEquals(activities, traces.stream().mapToInt(t -> t.activities().size()).sum());
        traces.forEach(t -> assertTrue(t.activities().stream().allMatch("fnord"::equals)));
        if (file.equals("string_correct_attributes.xes") || file.equals("event_correct_attributes.xes")) {
            assertEquals("fnord", summary.name(), "the log's concept:name");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correct")
    void everyCorrectFixtureIsListedAboveAndHasNoWarnings(Path file) throws ImportException {
        XesReader.Summary summary = XesReader.read(file, 1 << 20, ImportMonitor.NONE, t -> {
        });
        assertEquals(List.of(), summary.warnings());
    }

    /**
     * Every {@code non_validating} fixture with its decided outcome (docs/import.md): refused ("error") where the log's
     * meaning would be a guess, imported with warnings ("warning", separated by " // ") where a real-world log means the
     * same with them. Line and column, then the reason, word for word.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "classifier_empty_keys.xes|warning|11:37: classifier \"name\" has no keys; it is ignored",
            "classifier_incorrect_key.xes|warning|11:57: classifier \"name\" names the key \"resource\", which no global event attribute declares; Dovetail classifies by concept:name",
            "classifier_incorrect_names.xes|warning|11:56: classifier name \"Invalid Name\" is not an XML name (no spaces or colons); the classifier is not used anyway",
            "event_identical_attributes.xes|error|13:42: a second attribute with the key \"instance\" in one element: keys are unique, and which value counts would be a guess",
            "event_incorrect_order.xes|warning|9:56: the prefix \"lifecycle:\" belongs to no declared extension (used 1 time); the keys are read as they are"
                    + " // 12:10: 3 events without the attribute lifecycle:transition that the log's globals require; the global's value is used"
                    + " // 16:10: 1 event is earlier than the event before it in its trace (time:timestamp); the file's order is kept",
            "event_incorrect_type.xes|error|26:41: <int key=\"org:resource\">: the log's global attributes declare org:resource a string; an attribute keeps its type in the whole log",
            "extension_not_declared.xes|warning|8:46: the prefix \"org:\" belongs to no declared extension (used 1 time); the keys are read as they are",
            "globals_violation_type.xes|warning|8:56: the prefix \"lifecycle:\" belongs to no declared extension (used 1 time); the keys are read as they are"
                    + " // 10:9: 1 event without the attribute lifecycle:transition that the log's globals require; the global's value is used",
            "id_incorrect_value.xes|error|16:31: <id key=\"id\"> has the value \"No ID\", expected a UUID, like 550e8400-e29b-41d4-a716-446655440000",
            "list_empty_values.xes|warning|16:19: nested attributes (or lists, containers) without \"nested-attributes\" in the log's xes.features; they are read anyway",
            "list_no_values.xes|warning|16:21: nested attributes (or lists, containers) without \"nested-attributes\" in the log's xes.features; they are read anyway",
            "list_two_values.xes|warning|16:19: nested attributes (or lists, containers) without \"nested-attributes\" in the log's xes.features; they are read anyway",
            "log_no_nested_attributes.xes|warning|4:65: xes.features declares \"nested-attributes\" but no attribute is nested",
            "misplaced_trace_event.xes|error|6:11: a <trace> after the log's loose events: the standard puts a log's traces before its events",
            "string_nested_not_declared.xes|warning|16:43: nested attributes (or lists, containers) without \"nested-attributes\" in the log's xes.features; they are read anyway",
            "string_not_nested_but_declared.xes|warning|4:63: xes.features declares \"nested-attributes\" but no attribute is nested" })
    void everyNonValidatingFixtureHasItsDecidedOutcome(String file, String outcome, String expected) throws ImportException {
        Path path = XES.resolve("non_validating").resolve(file);
        List<String> expectedLines = java.util.Arrays.stream(expected.split(" // ")).map(line -> path + ":" + line).toList();
        if (outcome.equals("error")) {
            ImportException e = assertThrows(ImportException.class, () -> XesReader.read(path, 1 << 20, ImportMonitor.NONE, t -> {
            }));
            assertEquals(expectedLines.get(0), e.getMessage());
        } else {
            XesReader.Summary summary = XesReader.read(path, 1 << 20, ImportMonitor.NONE, t -> {
            });
            assertEquals(expectedLines, summary.warnings());
        }
    }

    /** A global's value is the default of events that lack the attribute (here lifecycle:transition = complete). */
    @Test
    void globalsGiveMissingAttributesTheirValue() throws ImportException {
        List<XesReader.Trace> traces = new ArrayList<>();
        XesReader.read(XES.resolve("non_validating/event_incorrect_order.xes"), 1 << 20, ImportMonitor.NONE, traces::add);
        assertEquals(List.of("a", "b"), traces.get(0).activities());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nonParsing")
    void everyNonParsingFixtureIsRefusedWithFileLineAndReason(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> XesReader.read(file, 1 << 20, ImportMonitor.NONE, t -> {
        }));
        assertEquals(file, e.file());
        assertTrue(e.line() > 0, "a line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + e.line() + ":"), e.getMessage());
        assertTrue(e.reason().length() > 10, e.getMessage());
    }

    /** A few of the refusals, word for word: what a user reads must say what is wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "boolean_incorrect_value.xes|16|<boolean key=\"expression\"> has the value \"o.O\", expected true or false",
            "date_no_t_z_d.xes|16|<date key=\"long ago\"> has the value \"2002-05-30T09:30:10\", expected a date and time with a time zone, like 2024-05-30T09:30:10+02:00",
            "int_incorrect_value.xes|16|<int key=\"number\"> has the value \"13.37\", expected a whole number",
            "element_incorrect.xes|18|unknown element <incorrect> in a trace",
            "misplaced_global_trace.xes|7|<global> must come before the first trace or event of the log",
            "classifier_incorrect_scope.xes|11|<classifier> scope must be trace or event, not \"incorrect\"",
            "extension_no_attributes.xes|5|<extension> without the required attribute name",
            "string_no_attributes.xes|12|<string> without a key" })
    void refusalsSayWhatIsWrong(String file, int line, String reason) {
        Path path = XES.resolve("non_parsing").resolve(file);
        ImportException e = assertThrows(ImportException.class, () -> XesReader.read(path, 1 << 20, ImportMonitor.NONE, t -> {
        }));
        assertEquals(reason, e.reason());
        assertEquals(line, e.line(), e.getMessage());
    }

    @Test
    void brokenXmlNamesTheLine() {
        Path path = XES.resolve("non_parsing/broken_xml.xes");
        ImportException e = assertThrows(ImportException.class, () -> XesReader.read(path, 1 << 20, ImportMonitor.NONE, t -> {
        }));
        assertTrue(e.reason().startsWith("malformed XML"), e.getMessage());
        assertTrue(e.line() > 150, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recoverable")
    void recoverableFixturesParse(Path file) throws ImportException {
        XesReader.read(file, 1 << 20, ImportMonitor.NONE, t -> {
        });
    }
}
