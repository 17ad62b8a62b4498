package org.dovetail.sync.client;

import java.util.List;

import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.Finding;

/**
 * What a push or pull did, as data for the command line and the workbench.
 *
 * @param committed      revisions the server assigned to change sets of this folder in this call
 * @param baseRevision   the folder's base revision afterwards
 * @param pulled         revisions of others merged into the folder
 * @param conflicts      for {@link Status#CONFLICTS}: each with base, mine and theirs
 * @param findings       the gate's findings (refusal or accepted commit)
 * @param pending        local change sets still waiting for the server
 */
public record SyncOutcome(Status status, List<Long> committed, long baseRevision, int pulled, List<Conflict> conflicts,
        List<Finding> findings, int pending, String message) {

    public enum Status {
        /** Everything local is on the server and everything remote is local (or nothing to do). */
        DONE,
        /** Conflicts to settle with {@code pull} and resolutions; nothing was changed by the conflicting step. */
        CONFLICTS,
        /** The governance gate refused a change set; it stays in the journal. */
        REFUSED,
        /** The server cannot be reached; local change sets stay in the journal. */
        OFFLINE,
        /** Another error (authentication, permissions, bad data); the message says which. */
        FAILED
    }

    public SyncOutcome {
        committed = List.copyOf(committed);
        conflicts = List.copyOf(conflicts);
        findings = List.copyOf(findings);
    }
}
