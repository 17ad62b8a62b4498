package org.dovetail.importer.xes;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.internal.SafeXml;

/**
 * Streams an XES event log (IEEE 1849) with the hardened StAX reader: one trace at a time is handed to a consumer
 * and forgotten, so a log of any size needs memory for one trace only. There is no XES library on Maven Central
 * that Dovetail may use (OpenXES is not published there), hence this reader. It checks what the standard requires
 * for parsing: the element structure and order (extensions, globals and classifiers before traces and events),
 * required attributes, and typed values (int, float, boolean, date with a time zone, id a UUID); it ignores unknown XML
 * attributes, as the standard's "recoverable" cases allow. The standard's semantic rules are {@link XesSemantics}'s.
 */
public final class XesReader {

    private static final Set<String> ATTRIBUTES = Set.of("string", "date", "int", "float", "boolean", "id", "list", "container");
    private static final Set<String> HEADERS = Set.of("extension", "global", "classifier");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** One case: its name and the activities of its completed events, in log order. */
    public record Trace(String name, List<String> activities) {
    }

    /** What the whole log held; {@code warnings} are {@code file:line:column: reason} lines ({@link XesSemantics}). */
    public record Summary(String name, int cases, long events, long eventsOutsideTraces, List<String> warnings) {
    }

    /** One attribute element as read: its type (element name), key, value ({@code null} for lists and containers). */
    private record Attribute(String type, String key, String value, int line, int column) {
    }

    private XesReader() {
    }

    public static Summary read(Path file, long maxBytes, ImportMonitor monitor, Consumer<Trace> traces) throws ImportException {
        try (SafeXml xml = SafeXml.open(file, maxBytes, monitor)) {
            return new State(xml, traces).read();
        }
    }

    private static final class State {
        final SafeXml xml;
        final XMLStreamReader r;
        final Consumer<Trace> sink;
        final XesSemantics semantics;
        boolean bodyStarted;
        String logName;
        int cases;
        long events;
        long loose;

        State(SafeXml xml, Consumer<Trace> sink) {
            this.xml = xml;
            this.r = xml.reader();
            this.sink = sink;
            this.semantics = new XesSemantics(xml.file());
        }

        Summary read() throws ImportException {
            if (!xml.nextStartElement()) {
                throw xml.error("no root element: not an XES log");
            }
            if (!"log".equals(r.getLocalName())) {
                throw xml.error("not an XES log: the root element is <" + r.getLocalName() + ">, expected <log>");
            }
            semantics.features(xml.attribute("xes.features"), line(), column());
            int level = xml.depth();
            Set<String> keys = new HashSet<>();
            for (String local; (local = nextChild(level)) != null; ) {
                if (HEADERS.contains(local) || ATTRIBUTES.contains(local)) {
                    if (bodyStarted) {
                        throw xml.error("<" + local + "> must come before the first trace or event of the log");
                    }
                    if (local.equals("extension")) {
                        require("extension", "name", "prefix", "uri");
                        semantics.extension(xml.attribute("prefix"));
                        xml.skipElement();
                    } else if (local.equals("global")) {
                        global();
                    } else if (local.equals("classifier")) {
                        classifier();
                    } else {
                        Attribute a = attribute(keys);
                        if ("concept:name".equals(a.key()) && a.type().equals("string")) {
                            logName = a.value();
                        }
                    }
                } else if (local.equals("trace")) {
                    if (loose > 0) {
                        throw xml.error("a <trace> after the log's loose events: the standard puts a log's traces before its events");
                    }
                    startBody();
                    trace();
                } else if (local.equals("event")) {
                    startBody();
                    loose++;
                    events++;
                    event(new ArrayList<>());
                } else {
                    throw xml.error("unknown element <" + local + "> in the log");
                }
            }
            while (xml.next() != XMLStreamConstants.END_DOCUMENT) {
                // trailing comments and white space
            }
            return new Summary(logName, cases, events, loose, semantics.finish());
        }

        private void startBody() {
            if (!bodyStarted) {
                bodyStarted = true;
                semantics.headerDone();
            }
        }

        private int line() {
            return r.getLocation().getLineNumber();
        }

        private int column() {
            return r.getLocation().getColumnNumber();
        }

        /** The next child element's local name at {@code level}, or null at the parent's end (text between is refused). */
        private String nextChild(int level) throws ImportException {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < level) {
                    return null;
                }
                text(event);
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return r.getLocalName();
                }
            }
        }

        private void text(int event) throws ImportException {
            if (event == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw xml.error("unexpected text \"" + abbreviate(r.getText().strip()) + "\" in the log");
            }
        }

        private void global() throws ImportException {
            String scope = xml.attribute("scope");
            if (scope != null && !scope.equals("trace") && !scope.equals("event")) {
                throw xml.error("<global> scope must be trace or event, not \"" + scope + "\"");
            }
            for (Attribute a : children("global", false)) {
                semantics.global(scope == null ? "event" : scope, a.key(), a.type(), a.value());
            }
        }

        private void classifier() throws ImportException {
            require("classifier", "name", "keys");
            String scope = xml.attribute("scope");
            if (scope != null && !scope.equals("trace") && !scope.equals("event")) {
                throw xml.error("<classifier> scope must be trace or event, not \"" + scope + "\"");
            }
            semantics.classifier(xml.attribute("name"), xml.attribute("keys"), scope, line(), column());
            xml.skipElement();
        }

        private void trace() throws ImportException {
            int line = line();
            int column = column();
            int level = xml.depth();
            String name = null;
            List<String> activities = new ArrayList<>();
            Map<String, Attribute> attributes = new HashMap<>();
            OffsetDateTime last = null;
            boolean reported = false;
            for (String local; (local = nextChild(level)) != null; ) {
                if (local.equals("event")) {
                    events++;
                    int eventLine = line();
                    int eventColumn = column();
                    OffsetDateTime time = event(activities);
                    if (time != null && last != null && time.isBefore(last) && !reported) {
                        semantics.outOfTimeOrder(eventLine, eventColumn);
                        reported = true; // one per trace: the count says how many traces
                    }
                    last = time != null ? time : last;
                } else if (ATTRIBUTES.contains(local)) {
                    Attribute a = scoped(true, attributes);
                    if ("concept:name".equals(a.key())) {
                        name = a.value();
                    }
                } else {
                    throw xml.error("unknown element <" + local + "> in a trace");
                }
            }
            name = applyGlobals(true, attributes, line, column).getOrDefault("concept:name", name);
            cases++;
            if ((cases & 255) == 0) {
                xml.checkCanceled();
            }
            sink.accept(new Trace(name, activities));
        }

        /** Reads an event; returns its time:timestamp, or null. */
        private OffsetDateTime event(List<String> activities) throws ImportException {
            int line = line();
            int column = column();
            int level = xml.depth();
            Map<String, Attribute> attributes = new HashMap<>();
            for (String local; (local = nextChild(level)) != null; ) {
                if (!ATTRIBUTES.contains(local)) {
                    throw xml.error("unknown element <" + local + "> in an event");
                }
                scoped(false, attributes);
            }
            Map<String, String> values = applyGlobals(false, attributes, line, column);
            String activity = values.get("concept:name");
            String transition = values.get("lifecycle:transition");
            // Only completions count as "the activity happened"; start/schedule events would double every step.
            if (activity != null && (transition == null || transition.equalsIgnoreCase("complete"))) {
                activities.add(activity);
            }
            Attribute time = attributes.get("time:timestamp");
            return time != null && time.type().equals("date") ? OffsetDateTime.parse(time.value().strip()) : null;
        }

        /** An attribute of a trace or an event: its type must be its global declaration's. */
        private Attribute scoped(boolean trace, Map<String, Attribute> attributes) throws ImportException {
            Attribute a = attribute(null);
            if (attributes.putIfAbsent(a.key(), a) != null) {
                throw duplicate(a.key(), a.line(), a.column());
            }
            XesSemantics.Global global = semantics.globals(trace).get(a.key());
            if (global != null && !global.type().equals(a.type())) {
                throw semantics.typeAgainstGlobal(a.key(), a.type(), global, a.line(), a.column());
            }
            return a;
        }

        /** The string values of the element's attributes, with the globals' values for those it lacks. */
        private Map<String, String> applyGlobals(boolean trace, Map<String, Attribute> attributes, int line, int column) {
            Map<String, String> values = new HashMap<>();
            attributes.values().stream().filter(a -> a.type().equals("string")).forEach(a -> values.put(a.key(), a.value()));
            semantics.globals(trace).forEach((key, global) -> {
                if (!attributes.containsKey(key)) {
                    semantics.missingGlobal(trace, key, line, column);
                    if (global.type().equals("string")) {
                        values.put(key, global.value());
                    }
                }
            });
            return values;
        }

        /** Reads one attribute element (with its nested attributes); {@code siblings} are the keys before it in its parent. */
        private Attribute attribute(Set<String> siblings) throws ImportException {
            String type = r.getLocalName();
            String key = xml.attribute("key");
            String value = xml.attribute("value");
            int line = line();
            int column = column();
            if (key == null) {
                throw xml.error("<" + type + "> without a key");
            }
            if (siblings != null && !siblings.add(key)) {
                throw duplicate(key, line, column);
            }
            semantics.key(key, line, column);
            boolean collection = type.equals("list") || type.equals("container");
            if (!collection) {
                if (value == null) {
                    throw xml.error("<" + type + " key=\"" + key + "\"> without a value");
                }
                checkValue(type, key, value);
            } else {
                semantics.nested(line, column);
            }
            if (!children(type, type.equals("list")).isEmpty()) {
                semantics.nested(line, column);
            }
            return new Attribute(type, key, value, line, column);
        }

        private ImportException duplicate(String key, int line, int column) {
            return new ImportException(xml.file(), line, column, "a second attribute with the key \"" + key
                    + "\" in one element: keys are unique, and which value counts would be a guess", null);
        }

        /** The nested attributes of the current element (a list has {@code <values>}, whose keys may repeat). */
        private List<Attribute> children(String parent, boolean values) throws ImportException {
            int level = xml.depth();
            List<Attribute> result = new ArrayList<>();
            Set<String> keys = parent.equals("values") ? null : new HashSet<>();
            for (String local; (local = nextChild(level)) != null; ) {
                if (values && local.equals("values")) {
                    result.addAll(children("values", false));
                } else if (ATTRIBUTES.contains(local)) {
                    result.add(attribute(keys));
                } else {
                    throw xml.error("unknown element <" + local + "> in <" + parent + ">");
                }
            }
            return result;
        }

        private void checkValue(String type, String key, String value) throws ImportException {
            try {
                switch (type) {
                    case "int" -> Long.parseLong(value.strip());
                    case "float" -> Double.parseDouble(value.strip());
                    case "boolean" -> {
                        String v = value.strip().toLowerCase(Locale.ROOT);
                        if (!v.equals("true") && !v.equals("false") && !v.equals("1") && !v.equals("0")) {
                            throw new IllegalArgumentException();
                        }
                    }
                    case "date" -> OffsetDateTime.parse(value.strip());
                    case "id" -> {
                        if (!UUID_TEXT.matcher(value.strip()).matches()) {
                            throw new IllegalArgumentException();
                        }
                    }
                    default -> {
                    }
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                String expected = switch (type) {
                    case "int" -> "a whole number";
                    case "float" -> "a number";
                    case "boolean" -> "true or false";
                    case "id" -> "a UUID, like 550e8400-e29b-41d4-a716-446655440000";
                    default -> "a date and time with a time zone, like 2024-05-30T09:30:10+02:00";
                };
                throw xml.error("<" + type + " key=\"" + key + "\"> has the value \"" + abbreviate(value) + "\", expected " + expected);
            }
        }

        private void require(String element, String... names) throws ImportException {
            for (String name : names) {
                if (xml.attribute(name) == null) {
                    throw xml.error("<" + element + "> without the required attribute " + name);
                }
            }
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
