package org.dovetail.importer.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dovetail.importer.api.ImportCanceledException;
import org.dovetail.importer.api.ImportException;
import org.dovetail.importer.api.ImportMonitor;
import org.dovetail.importer.internal.CountingInput;

/**
 * Reads a CSV event log (one row per event, the common export of real systems) with Apache Commons CSV: the case id,
 * activity and timestamp columns are chosen by header name; each case's events are put in time order (rows of
 * different cases may interleave, as exports sorted by time have them; equal times keep the file's order). The events
 * are held compactly (three numbers per row) until the end, which the import's size limit bounds.
 */
public final class CsvLogReader {

    /** Header names tried, in order, when no column is named (case and white space are ignored). */
    static final List<String> CASE_NAMES = List.of("case:concept:name", "case id", "caseid", "case_id", "case");
    static final List<String> ACTIVITY_NAMES = List.of("concept:name", "activity", "activity name", "event", "task");
    static final List<String> TIMESTAMP_NAMES = List.of("time:timestamp", "timestamp", "time", "complete timestamp", "end time", "date");
    static final List<String> LIFECYCLE_NAMES = List.of("lifecycle:transition", "lifecycle", "transition");

    /**
     * The column choice: {@code null} names mean "find by the usual names", an empty timestamp name "none" (the file's
     * order); a {@code 0} delimiter means "detect".
     */
    public record Columns(String caseColumn, String activityColumn, String timestampColumn, char delimiter) {
    }

    /** The cases in order of their first row, each one's completed activities in time order. */
    public record Result(List<List<String>> cases, long events, List<String> notes) {
    }

    /** A file's header row: the delimiter used to split it, the column names and the first rows (at most 8). */
    public record Header(char delimiter, List<String> names, List<List<String>> sample) {

        /** The column the importer would take for {@code option} (a {@link CsvImporter} option name), or {@code null}. */
        public String usual(String option) {
            List<String> usual = switch (option) {
                case CsvImporter.CASE -> CASE_NAMES;
                case CsvImporter.ACTIVITY -> ACTIVITY_NAMES;
                case CsvImporter.TIMESTAMP -> TIMESTAMP_NAMES;
                default -> List.of();
            };
            for (String name : usual) {
                for (String column : names) {
                    if (Rows.normalize(column).equals(name)) {
                        return column;
                    }
                }
            }
            return null;
        }
    }

    private CsvLogReader() {
    }

    /** The header row only (for choosing columns); {@code delimiter} 0 detects it. */
    public static Header header(Path file, char delimiter, long maxBytes) throws ImportException {
        CountingInput input = CountingInput.open(file, maxBytes, ImportMonitor.NONE);
        char used;
        try {
            used = delimiter != 0 ? delimiter : Delimiters.detect(file);
        } catch (ImportException e) {
            closeQuietly(input);
            throw e;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(used).setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).get();
        try (input; CSVParser parser = parse(file, format, new InputStreamReader(input, StandardCharsets.UTF_8))) {
            List<List<String>> sample = new ArrayList<>();
            var records = parser.iterator();
            while (sample.size() < 8 && records.hasNext()) {
                sample.add(records.next().toList());
            }
            return new Header(used, parser.getHeaderNames().stream().map(n -> n.replace("\uFEFF", "")).toList(), sample);
        } catch (UncheckedIOException e) {
            throw new ImportException(file, 0, 0, "malformed CSV: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    public static Result read(Path file, long maxBytes, Columns columns, ImportMonitor monitor) throws ImportException {
        CountingInput input = CountingInput.open(file, maxBytes, monitor); // refuses a missing, empty or oversized file first
        char delimiter;
        try {
            delimiter = columns.delimiter() != 0 ? columns.delimiter() : Delimiters.detect(file);
        } catch (ImportException e) {
            closeQuietly(input);
            throw e;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).setAllowMissingColumnNames(true).get();
        try (input; CSVParser parser = parse(file, format, new InputStreamReader(input, StandardCharsets.UTF_8))) {
            return new Rows(file, parser, columns, delimiter, monitor).read();
        } catch (IOException e) {
            throw new ImportException(file, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(CountingInput input) {
        try {
            input.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }

    private static CSVParser parse(Path file, CSVFormat format, InputStreamReader reader) throws ImportException, IOException {
        try {
            return format.parse(reader);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            reader.close();
            throw new ImportException(file, 1, 0, "the header row: " + e.getMessage(), e);
        }
    }

    /** The reading of the rows: events kept as case index, activity index and epoch milliseconds. */
    private static final class Rows {
        final Path file;
        final CSVParser parser;
        final ImportMonitor monitor;
        final int caseAt;
        final int activityAt;
        final int timeAt;
        final int lifecycleAt;
        final int width;
        final Map<String, Integer> caseIndex = new HashMap<>();
        final Map<String, Integer> activityIndex = new HashMap<>();
        final List<String> activityNames = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        int[] eventCase = new int[1024];
        int[] eventActivity = new int[1024];
        long[] eventTime = new long[1024];
        int size;
        long rows;
        boolean zoneless;

        Rows(Path file, CSVParser parser, Columns columns, char delimiter, ImportMonitor monitor) throws ImportException {
            this.file = file;
            this.parser = parser;
            this.monitor = monitor;
            List<String> header = parser.getHeaderNames();
            width = header.size();
            caseAt = column(header, columns.caseColumn(), CASE_NAMES, "case id", "--case", delimiter);
            activityAt = column(header, columns.activityColumn(), ACTIVITY_NAMES, "activity", "--activity", delimiter);
            int time = column(header, columns.timestampColumn(), TIMESTAMP_NAMES, null, "--timestamp", delimiter);
            timeAt = time;
            lifecycleAt = column(header, null, LIFECYCLE_NAMES, null, null, delimiter);
            if (timeAt < 0 && columns.timestampColumn() != null) {
                notes.add("no timestamp column chosen: each case's events are taken in the file's order");
            } else if (timeAt < 0) {
                notes.add("no timestamp column (" + String.join(", ", TIMESTAMP_NAMES) + "): each case's events are taken in the file's order");
            }
        }

        /** The column's index; {@code what == null} makes it optional (-1 when absent). */
        private int column(List<String> header, String named, List<String> usual, String what, String option, char delimiter) throws ImportException {
            List<String> normalized = header.stream().map(Rows::normalize).toList();
            if (named != null && named.isEmpty() && what == null) {
                return -1;
            }
            if (named != null) {
                int index = normalized.indexOf(normalize(named));
                if (index < 0) {
                    throw new ImportException(file, 1, "there is no column \"" + named + "\" (" + option + "); the header has " + quoted(header));
                }
                return index;
            }
            for (String name : usual) {
                int index = normalized.indexOf(normalize(name));
                if (index >= 0) {
                    return index;
                }
            }
            if (what == null) {
                return -1;
            }
            throw new ImportException(file, 1, "no " + what + " column: name it with " + option + " (the header has " + quoted(header) + ", read with the delimiter "
                    + Delimiters.describe(delimiter) + "; tried " + String.join(", ", usual) + ")");
        }

        private static String normalize(String name) {
            return name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        private static String quoted(List<String> header) {
            return header.isEmpty() ? "no columns" : "\"" + String.join("\", \"", header) + "\"";
        }

        Result read() throws ImportException {
            long end = parser.getCurrentLineNumber();
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                long line = end + 1;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw translate(e.getCause(), line); // the line the broken record starts on
                }
                end = parser.getCurrentLineNumber();
                row(record, line);
                if ((++rows & 4095) == 0 && monitor.isCanceled()) {
                    throw new ImportCanceledException(file);
                }
            }
            if (rows == 0) {
                throw new ImportException(file, 2, "the log has a header but no rows");
            }
            if (zoneless) {
                notes.add("timestamps without a time zone are read as UTC");
            }
            return new Result(cases(), rows, notes);
        }

        private ImportException translate(IOException e, long line) {
            if (e instanceof CountingInput.Canceled) {
                return new ImportCanceledException(file);
            }
            if (e instanceof CountingInput.LimitExceeded) {
                return new ImportException(file, 0, 0, e.getMessage(), e);
            }
            return new ImportException(file, (int) line, 0, "malformed CSV: " + e.getMessage(), e);
        }

        private void row(CSVRecord record, long line) throws ImportException {
            if (record.size() != width) {
                throw new ImportException(file, (int) line, "the row has " + record.size() + " fields, the header " + width
                        + " (a delimiter inside a value needs quotes around the value)");
            }
            String caseId = required(record, caseAt, "case id", line);
            String activity = required(record, activityAt, "activity", line);
            if (lifecycleAt >= 0) {
                String transition = record.get(lifecycleAt);
                if (!transition.isEmpty() && !transition.equalsIgnoreCase("complete")) {
                    return; // only completions count as "the activity happened", as for XES
                }
            }
            long time = timeAt < 0 ? 0 : time(record.get(timeAt), record, line);
            if (size == eventCase.length) {
                eventCase = Arrays.copyOf(eventCase, size * 2);
                eventActivity = Arrays.copyOf(eventActivity, size * 2);
                eventTime = Arrays.copyOf(eventTime, size * 2);
            }
            eventCase[size] = caseIndex.computeIfAbsent(caseId, k -> caseIndex.size());
            eventActivity[size] = activityIndex.computeIfAbsent(activity, k -> {
                activityNames.add(k);
                return activityNames.size() - 1;
            });
            eventTime[size] = time;
            size++;
        }

        private String required(CSVRecord record, int at, String what, long line) throws ImportException {
            String value = record.get(at);
            if (value.isEmpty()) {
                throw new ImportException(file, (int) line, "the " + what + " (column \"" + parser.getHeaderNames().get(at) + "\") is empty");
            }
            return value;
        }

        private long time(String text, CSVRecord record, long line) throws ImportException {
            String t = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            try {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            } catch (DateTimeException e) {
                // next form
            }
            try {
                long millis = t.length() <= 10 ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()
                        : LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
                zoneless = true;
                return millis;
            } catch (DateTimeException e) {
                throw new ImportException(file, (int) line, "the timestamp \"" + text + "\" (column \"" + parser.getHeaderNames().get(timeAt)
                        + "\") is not a date and time like 2024-05-30T09:30:10+02:00 or 2024-05-30 09:30:10");
            }
        }

        /** Each case's activities in time order (a stable sort: equal times keep the file's order). */
        private List<List<String>> cases() {
            int caseCount = caseIndex.size();
            int[] start = new int[caseCount + 1];
            for (int i = 0; i < size; i++) {
                start[eventCase[i] + 1]++;
            }
            for (int c = 0; c < caseCount; c++) {
                start[c + 1] += start[c];
            }
            int[] order = new int[size];
            int[] fill = Arrays.copyOf(start, caseCount);
            for (int i = 0; i < size; i++) {
                order[fill[eventCase[i]]++] = i;
            }
            List<List<String>> result = new ArrayList<>(caseCount);
            for (int c = 0; c < caseCount; c++) {
                Integer[] events = new Integer[start[c + 1] - start[c]];
                for (int k = 0; k < events.length; k++) {
                    events[k] = order[start[c] + k];
                }
                Arrays.sort(events, (a, b) -> a.equals(b) ? 0 : eventTime[a] != eventTime[b] ? Long.compare(eventTime[a], eventTime[b]) : Integer.compare(a, b));
                List<String> activities = new ArrayList<>(events.length);
                for (Integer e : events) {
                    activities.add(activityNames.get(eventActivity[e]));
                }
                result.add(activities);
            }
            return result;
        }
    }
}
