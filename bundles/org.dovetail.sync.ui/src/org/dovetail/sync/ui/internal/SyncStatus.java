package org.dovetail.sync.ui.internal;

/**
 * What the status bar says about one project: not shared, in sync, local change sets waiting, offline (change
 * sets kept in the journal), conflicts to settle, or a failure.
 *
 * @param pending   local change sets not yet on the server
 * @param edited    model files saved since the last commit or update (not yet recorded as a change set)
 * @param conflicts conflicts waiting in the conflict dialog
 */
public record SyncStatus(Kind kind, String project, long baseRevision, int pending, boolean edited, int conflicts, String detail) {

    public enum Kind {
        NOT_SHARED, IN_SYNC, LOCAL_CHANGES, OFFLINE, CONFLICTS, FAILED, WORKING
    }

    public static SyncStatus notShared() {
        return new SyncStatus(Kind.NOT_SHARED, null, 0, 0, false, 0, "");
    }

    public SyncStatus edited(boolean value) {
        Kind next = value && kind == Kind.IN_SYNC ? Kind.LOCAL_CHANGES : kind;
        return new SyncStatus(next, project, baseRevision, pending, value, conflicts, detail);
    }

    /** The short text of the status bar. */
    public String text() {
        return switch (kind) {
        case NOT_SHARED -> "Not shared";
        case IN_SYNC -> "In sync \u00b7 r" + baseRevision;
        case LOCAL_CHANGES -> pending > 0 ? plural(pending, "local change set") + " to commit" : "Local edits to commit";
        case OFFLINE -> "Offline \u00b7 " + (pending > 0 ? plural(pending, "change set") + " kept" : "nothing pending");
        case CONFLICTS -> plural(conflicts, "conflict") + " to resolve";
        case FAILED -> "Sync failed";
        case WORKING -> "Synchronising\u2026";
        };
    }

    /** The tooltip: the server project, the base revision and what the last operation said. */
    public String tooltip() {
        if (kind == Kind.NOT_SHARED) {
            return "This project is not shared with a Dovetail server (Sync > Share Project…)";
        }
        StringBuilder text = new StringBuilder("Server project " + project + ", base revision " + baseRevision);
        if (pending > 0) {
            text.append("\n").append(plural(pending, "change set")).append(" in the local journal, not yet on the server");
        }
        if (edited) {
            text.append("\nSaved edits not yet committed");
        }
        if (detail != null && !detail.isBlank()) {
            text.append("\n").append(detail);
        }
        return text.toString();
    }

    public static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
