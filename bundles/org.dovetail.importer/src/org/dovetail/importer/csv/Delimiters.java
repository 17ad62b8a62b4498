package org.dovetail.importer.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.importer.api.ImportException;

/** The field delimiter of a CSV file: named ("," ";" "tab" "|"), or the one its header row uses most. */
public final class Delimiters {

    private static final char[] CANDIDATES = { ',', ';', '\t', '|' };

    private Delimiters() {
    }

    /** Parses a {@code --delimiter} value: one character, or "tab"/"\t". */
    public static char parse(String text) {
        if (text.equals("tab") || text.equals("\\t") || text.equals("\t")) {
            return '\t';
        }
        if (text.length() != 1 || text.charAt(0) == '"' || text.charAt(0) == '\n' || text.charAt(0) == '\r') {
            throw new IllegalArgumentException("--delimiter: one character (like , ; | or tab), not \"" + text + "\"");
        }
        return text.charAt(0);
    }

    /** The candidate the first line has most of (outside quotes); a comma when it has none. */
    static char detect(Path file) throws ImportException {
        StringBuilder header = new StringBuilder();
        // The first line, at most 64 K characters of it; undecodable bytes become replacement characters.
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (int c; header.length() < (1 << 16) && (c = reader.read()) >= 0 && c != '\n' && c != '\r'; ) {
                header.append((char) c);
            }
        } catch (IOException e) {
            throw new ImportException(file, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
        char best = ',';
        int bestCount = 0;
        for (char candidate : CANDIDATES) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                quoted ^= c == '"';
                if (!quoted && c == candidate) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    public static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : "\"" + delimiter + "\"";
    }
}
