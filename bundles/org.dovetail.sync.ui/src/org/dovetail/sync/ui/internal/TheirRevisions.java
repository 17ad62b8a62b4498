package org.dovetail.sync.ui.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Times;

/**
 * Who made "theirs" of each conflict, when and why: the revisions a conflict names, read from the server (the history of
 * the conflicting element, which is small, else that one revision). Runs in the sync job, never in the UI thread.
 */
public final class TheirRevisions {

    private static final int ELEMENT_HISTORY = 50;

    private TheirRevisions() {
    }

    /** The named revisions by number; those the server does not answer for are missing (the dialog shows the number). */
    public static Map<Long, RevisionSummary> read(SyncClient client, String project, List<Conflict> conflicts) {
        Map<Long, RevisionSummary> found = new HashMap<>();
        Set<String> elements = new LinkedHashSet<>();
        conflicts.forEach(c -> elements.add(c.elementId()));
        for (String element : elements) {
            if (conflicts.stream().filter(c -> c.elementId().equals(element)).allMatch(c -> found.containsKey(c.theirRevision()))) {
                continue;
            }
            if (client.elementHistory(project, element, 0, ELEMENT_HISTORY) instanceof SyncResult.Ok<List<Revision>> ok) {
                ok.value().forEach(r -> found.put(r.number(), r.summary()));
            }
        }
        for (Conflict conflict : conflicts) {
            long number = conflict.theirRevision();
            if (number > 0 && !found.containsKey(number)
                    && client.changes(project, number - 1, 1) instanceof SyncResult.Ok<ChangesPage> ok) {
                ok.value().revisions().stream().filter(r -> r.number() == number).findFirst().ifPresent(r -> found.put(number, r.summary()));
            }
        }
        return found;
    }

    /** "r7 by alice, 2026-11-23 20:14 +00:00: “Their wording”", or "r7" when unknown. */
    public static String describe(long number, RevisionSummary revision) {
        if (revision == null) {
            return "r" + number;
        }
        String message = revision.message() == null || revision.message().isBlank() ? "" : ": \u201c" + revision.message() + "\u201d";
        return "r" + number + " by " + revision.author() + ", " + Times.format(revision.time()) + message;
    }
}
