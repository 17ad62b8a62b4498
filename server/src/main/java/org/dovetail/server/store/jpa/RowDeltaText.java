package org.dovetail.server.store.jpa;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A row delta's JSON as a list of chunks of at most a given number of characters, written and read as one stream. The
 * JSON of one revision that begins a million elements is ~1.4 G characters: more than one Java string or one
 * PostgreSQL text value holds. The log keeps the first chunk in {@code dt_revision.row_delta} and the others in
 * {@code dt_row_delta_chunk} ({@link RevisionLog}); a revision of ordinary size is one chunk
 * ({@link JpaRepositoryStore#DEFAULT_ROW_DELTA_CHUNK_CHARS}).
 */
final class RowDeltaText {

    private RowDeltaText() {
    }

    /** Collects what is written into chunks of exactly {@code chunkChars} characters (the last one shorter). */
    static final class ChunkWriter extends Writer {
        private final int chunkChars;
        private final List<String> chunks = new ArrayList<>();
        private StringBuilder current = new StringBuilder();

        ChunkWriter(int chunkChars) {
            if (chunkChars < 1) {
                throw new IllegalArgumentException("a chunk holds at least one character: " + chunkChars);
            }
            this.chunkChars = chunkChars;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            while (length > 0) {
                int n = Math.min(length, chunkChars - current.length());
                current.append(buffer, offset, n);
                offset += n;
                length -= n;
                if (current.length() == chunkChars) {
                    chunks.add(current.toString());
                    current = new StringBuilder();
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** The chunks written (at least one, possibly empty). */
        List<String> chunks() {
            List<String> all = new ArrayList<>(chunks);
            if (all.isEmpty() || !current.isEmpty()) {
                all.add(current.toString());
            }
            return all;
        }
    }

    /** The next chunk of a stored delta, or null after the last. */
    @FunctionalInterface
    interface ChunkSource {
        String next() throws IOException;
    }

    /** Reads the chunks {@code source} gives, one at a time, as one stream of characters. */
    static Reader reader(ChunkSource source) {
        return new Reader() {
            private String current = "";
            private int position;
            private boolean ended;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (!ended && position == current.length()) {
                    String next = source.next();
                    if (next == null) {
                        ended = true;
                    } else {
                        current = next;
                        position = 0;
                    }
                }
                if (ended) {
                    return -1;
                }
                int n = Math.min(length, current.length() - position);
                current.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }

            @Override
            public void close() {
                current = "";
                ended = true;
            }
        };
    }

    /** Reads a list of chunks held in memory. */
    static Reader reader(List<String> chunks) {
        var next = chunks.iterator();
        return reader(() -> next.hasNext() ? next.next() : null);
    }

    static UncheckedIOException unexpected(IOException e) {
        return new UncheckedIOException("writing to memory failed: " + e.getMessage(), e);
    }
}
