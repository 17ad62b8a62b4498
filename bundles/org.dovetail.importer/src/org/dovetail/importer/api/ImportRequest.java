package org.dovetail.importer.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What to import and where to.
 *
 * @param file the file to read
 * @param processId the process to import into (BPMN: created or updated under this id; XES: the process the log is
 *            checked against); {@code null} lets a BPMN import derive it from the file
 * @param process a snapshot of the target process, taken where the model may be read (XES needs it; BPMN ignores it)
 * @param maxBytes files larger than this are refused before they are read
 * @param options format-specific settings by name (CSV: {@code case}, {@code activity}, {@code timestamp},
 *            {@code delimiter}); formats ignore names they do not know
 * @since 0.1
 */
public record ImportRequest(Path file, String processId, ProcessGraph process, long maxBytes, Map<String, String> options) {

    /** 64 MB: BPMN files of real processes are a few MB at most. */
    public static final long DEFAULT_BPMN_LIMIT = 64L << 20;
    /** 2 GB: event logs are large, and the reader streams them. */
    public static final long DEFAULT_XES_LIMIT = 2L << 30;
    /** 512 MB: a CSV log's events are held to sort each case by time (about 10 M rows). */
    public static final long DEFAULT_CSV_LIMIT = 512L << 20;

    /** A request without format options. */
    public ImportRequest(Path file, String processId, ProcessGraph process, long maxBytes) {
        this(file, processId, process, maxBytes, Map.of());
    }

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** The option's value, or {@code null}. */
    public String option(String name) {
        return options.get(name);
    }

    public ImportRequest withMaxBytes(long limit) {
        return new ImportRequest(file, processId, process, limit, options);
    }
}
