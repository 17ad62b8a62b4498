package org.dovetail.importer.api;

import java.nio.file.Path;

/** Input an importer cannot use: names the file, the line (0 when unknown) and the reason. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public ImportException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public ImportException(Path file, int line, String reason) {
        this(file, line, 0, reason, null);
    }

    private static String format(Path file, int line, int column, String reason) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(reason).toString();
    }

    public Path file() {
        return file;
    }

    /** The line of the problem, 1-based; 0 when the problem is the whole file (too large, unreadable). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The reason alone, without file and line. */
    public String reason() {
        return reason;
    }
}
