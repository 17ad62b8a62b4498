package org.dovetail.importer.xes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dovetail.importer.api.ImportException;

/**
 * What XES (IEEE 1849-2016) requires beyond parsing, decided per rule (docs/import.md lists them). Refused, because the
 * log's meaning would be a guess: two attributes with the same key in one element, an attribute of another type than
 * its global declaration, a trace after the log's loose events, an {@code id} that is no UUID (in {@link XesReader}).
 * Warned about, because real-world logs have them and the import means the same with them: keys whose prefix no
 * extension declares, events or traces without an attribute their globals require (the global's value is used, as the
 * standard says), events against time order in a trace (the file's order is kept), classifiers with no keys, keys no
 * global declares or a name that is not an XML name, nested attributes and the {@code nested-attributes} feature not
 * agreeing. Each warning is {@code file:line:column: reason}; repeated ones are counted on the first.
 */
final class XesSemantics {

    /** A global attribute: its type and its value (the default of elements that lack it). */
    record Global(String type, String value) {
    }

    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");
    private static final Pattern CLASSIFIER_KEY = Pattern.compile("'([^']*)'|(\\S+)");

    private final Path file;
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, Global> traceGlobals = new LinkedHashMap<>();
    private final Map<String, Global> eventGlobals = new LinkedHashMap<>();
    private final Map<String, Counted> undeclaredPrefixes = new LinkedHashMap<>();
    private final Map<String, Counted> missingGlobals = new LinkedHashMap<>();
    private final List<Runnable> classifierChecks = new ArrayList<>();
    private Counted outOfOrder;
    private boolean nestedDeclared;
    private int[] featuresAt;
    private int[] nestedFirstAt;

    /** How often a warning's cause was seen, and where first. */
    private static final class Counted {
        final int line;
        final int column;
        int count;

        Counted(int line, int column) {
            this.line = line;
            this.column = column;
        }
    }

    XesSemantics(Path file) {
        this.file = file;
    }

    void features(String features, int line, int column) {
        nestedDeclared = features != null && List.of(features.strip().split("\\s+")).contains("nested-attributes");
        featuresAt = new int[] { line, column };
    }

    void extension(String prefix) {
        prefixes.add(prefix);
    }

    void global(String scope, String key, String type, String value) {
        ("trace".equals(scope) ? traceGlobals : eventGlobals).putIfAbsent(key, new Global(type, value));
    }

    Map<String, Global> globals(boolean trace) {
        return trace ? traceGlobals : eventGlobals;
    }

    /** Every attribute key: its prefix must be an extension's. */
    void key(String key, int line, int column) {
        int colon = key.indexOf(':');
        if (colon > 0) {
            undeclaredPrefixes.computeIfAbsent(key.substring(0, colon), p -> new Counted(line, column)).count++;
        }
    }

    /** An attribute with attributes inside it (or a list or container). */
    void nested(int line, int column) {
        if (nestedFirstAt == null) {
            nestedFirstAt = new int[] { line, column };
        }
    }

    void classifier(String name, String keys, String scope, int line, int column) {
        if (!NCNAME.matcher(name).matches()) {
            warn(line, column, "classifier name \"" + name + "\" is not an XML name (no spaces or colons); the classifier is not used anyway");
        }
        List<String> parsed = new ArrayList<>();
        Matcher m = CLASSIFIER_KEY.matcher(keys);
        while (m.find()) {
            parsed.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (parsed.isEmpty()) {
            warn(line, column, "classifier \"" + name + "\" has no keys; it is ignored");
            return;
        }
        boolean trace = "trace".equals(scope);
        // Globals may follow the classifier in the header: check once the header is complete.
        classifierChecks.add(() -> parsed.stream().filter(k -> !globals(trace).containsKey(k)).forEach(k -> warn(line, column, "classifier \"" + name
                + "\" names the key \"" + k + "\", which no global " + (trace ? "trace" : "event") + " attribute declares; Dovetail classifies by concept:name")));
    }

    /** The log's header is complete (its first trace or event, or its end). */
    void headerDone() {
        classifierChecks.forEach(Runnable::run);
        classifierChecks.clear();
    }

    /** An element of {@code trace} or event scope lacks the global {@code key}. */
    void missingGlobal(boolean trace, String key, int line, int column) {
        missingGlobals.computeIfAbsent((trace ? "trace " : "event ") + key, k -> new Counted(line, column)).count++;
    }

    void outOfTimeOrder(int line, int column) {
        if (outOfOrder == null) {
            outOfOrder = new Counted(line, column);
        }
        outOfOrder.count++;
    }

    /** The other type than the global's: refused, an attribute's type is fixed for the whole log. */
    ImportException typeAgainstGlobal(String key, String type, Global global, int line, int column) {
        return new ImportException(file, line, column, "<" + type + " key=\"" + key + "\">: the log's global attributes declare " + key + " a "
                + global.type() + "; an attribute keeps its type in the whole log", null);
    }

    /** The warnings, once the whole log was read. */
    List<String> finish() {
        headerDone();
        undeclaredPrefixes.forEach((prefix, at) -> {
            if (!prefixes.contains(prefix)) {
                warn(at.line, at.column, "the prefix \"" + prefix + ":\" belongs to no declared extension (used " + at.count + times(at.count)
                        + "); the keys are read as they are");
            }
        });
        missingGlobals.forEach((key, at) -> warn(at.line, at.column, at.count + (key.startsWith("trace") ? " trace" : " event") + (at.count == 1 ? "" : "s")
                + " without the attribute " + key.substring(key.indexOf(' ') + 1) + " that the log's globals require; the global's value is used"));
        if (outOfOrder != null) {
            warn(outOfOrder.line, outOfOrder.column, outOfOrder.count + " event" + (outOfOrder.count == 1 ? " is" : "s are")
                    + " earlier than the event before it in its trace (time:timestamp); the file's order is kept");
        }
        if (nestedFirstAt != null && !nestedDeclared) {
            warn(nestedFirstAt[0], nestedFirstAt[1], "nested attributes (or lists, containers) without \"nested-attributes\" in the log's xes.features;"
                    + " they are read anyway");
        } else if (nestedFirstAt == null && nestedDeclared) {
            warn(featuresAt[0], featuresAt[1], "xes.features declares \"nested-attributes\" but no attribute is nested");
        }
        return List.copyOf(warnings);
    }

    private static String times(int count) {
        return count == 1 ? " time" : " times";
    }

    private void warn(int line, int column, String reason) {
        warnings.add(new ImportException(file, line, column, reason, null).getMessage());
    }
}
