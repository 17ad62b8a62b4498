package org.dovetail.server.store.jpa;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dovetail.server.store.FindingRow;
import org.dovetail.server.store.ModelRows.ElementRow;
import org.dovetail.server.store.ModelRows.ValueKey;
import org.dovetail.server.store.ModelRows.ValueRow;
import org.dovetail.server.store.RevisionWrite;
import org.dovetail.sync.protocol.ProtocolJson;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The rows a revision ends and begins, as stored with it in the revision log ({@code dt_revision.row_delta}), so that
 * the {@link Projector} derives the versioned rows without rebuilding the model.
 */
record RowDelta(List<RevisionWrite.Touch> touches, Set<String> removedElements, List<ElementRow> elements, Set<ValueKey> endedValues,
        List<ValueRow> values, Set<FindingRow.Key> endedFindings, List<FindingRow> findings) {

    /**
     * One daemon thread that writes row deltas' JSON for the group commits of this JVM: a leader applies a group's
     * change sets one after the other on one core, and each one's JSON (~15 % of a commit's CPU) is made meanwhile on
     * another. The writes are immutable once made.
     */
    private static final ExecutorService ENCODER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dovetail-row-delta-json");
        thread.setDaemon(true);
        return thread;
    });

    /** The JSON of {@code write}'s delta in chunks of at most {@code chunkChars} characters, made on the encoder thread. */
    static Future<List<String>> encodeAsync(RevisionWrite write, int chunkChars) {
        return ENCODER.submit(() -> json(write, chunkChars));
    }

    /** The JSON of {@code write}'s delta, streamed into chunks of at most {@code chunkChars} characters. */
    static List<String> json(RevisionWrite write, int chunkChars) {
        RowDeltaText.ChunkWriter out = new RowDeltaText.ChunkWriter(chunkChars);
        try {
            ProtocolJson.mapper().writeValue(out, new RowDelta(write.touches(), write.removedElements(), write.elements(), write.endedValues(),
                    write.values(), write.endedFindings(), write.findings()));
        } catch (IOException e) {
            throw RowDeltaText.unexpected(e);
        }
        return out.chunks();
    }

    /** The delta of revision {@code number} as stored (its JSON, chunk after chunk); absent parts are empty. */
    static RowDelta read(long number, Reader json) {
        RowDelta d;
        try {
            d = ProtocolJson.mapper().readValue(json, RowDelta.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the row delta of revision " + number + " is unreadable: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("the row delta of revision " + number + " could not be read: " + e.getMessage(), e);
        }
        return new RowDelta(orEmpty(d.touches), orEmpty(d.removedElements), orEmpty(d.elements), orEmpty(d.endedValues), orEmpty(d.values),
                orEmpty(d.endedFindings), orEmpty(d.findings));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
