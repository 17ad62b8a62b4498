package org.dovetail.sync.ui.internal.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.protocol.ChangesPage;
import org.dovetail.sync.protocol.Revision;
import org.dovetail.sync.protocol.RevisionSummary;

/**
 * Reads the operations of the revisions a history page shows (the history page itself has none), in runs of
 * consecutive revisions through {@code GET changes}. A revision with more than {@link #LARGEST} operations (an import
 * of a whole model) is not read: its row says how many operations it has instead.
 */
final class RevisionOperations {

    static final int LARGEST = 20_000;
    private static final int PAGE = 200;

    private RevisionOperations() {
    }

    /** What each revision of {@code shown} changed, by number; missing for those too large or not readable. */
    static Map<Long, RevisionChanges> read(SyncClient client, String project, List<RevisionSummary> shown) {
        TreeSet<Long> wanted = new TreeSet<>();
        for (RevisionSummary r : shown) {
            if (r.operationCount() == null || r.operationCount() <= LARGEST) {
                wanted.add(r.number());
            }
        }
        Map<Long, RevisionChanges> changes = new HashMap<>();
        for (long[] run : runs(wanted)) {
            long since = run[0] - 1;
            while (since < run[1]) {
                SyncResult<ChangesPage> page = client.changes(project, since, (int) Math.min(PAGE, run[1] - since));
                if (!(page instanceof SyncResult.Ok<ChangesPage> ok) || ok.value().revisions().isEmpty()) {
                    break;
                }
                for (Revision revision : ok.value().revisions()) {
                    if (wanted.contains(revision.number())) {
                        changes.put(revision.number(), RevisionChanges.of(revision.operations()));
                    }
                }
                since = ok.value().to();
            }
        }
        return changes;
    }

    /** The text of a row whose operations were not read. */
    static String tooLarge(RevisionSummary revision) {
        return revision.operationCount() == null ? "" : String.format("%,d operations (too many to list here)", revision.operationCount());
    }

    private static List<long[]> runs(Set<Long> numbers) {
        List<long[]> runs = new ArrayList<>();
        long[] current = null;
        for (long n : numbers) {
            if (current != null && n == current[1] + 1) {
                current[1] = n;
            } else {
                current = new long[] { n, n };
                runs.add(current);
            }
        }
        return runs;
    }
}
