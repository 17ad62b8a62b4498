package org.dovetail.cli.sync;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.dovetail.sync.client.JournalRecord;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.RevisionSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dovetail log}: the project's history on the server, newest first, and the local change sets not yet pushed. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Shows the project's revisions (newest first) and the local"
        + " change sets waiting to be pushed.")
public final class LogCommand extends FolderCommand {

    /** As the workbench's History view shows times: local, to the minute, with the offset ("2026-11-23 20:14 +00:00"). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    @Option(names = { "-n", "--limit" }, defaultValue = "20", description = "How many revisions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run() throws IOException {
        try (Synchronizer synchronizer = open()) {
            for (JournalRecord pending : synchronizer.pending()) {
                out().println("pending  " + time(pending.time(), ZoneId.systemDefault()) + "  " + pending.operations().size() + " operation(s)  " + pending.message());
            }
            SyncClient client = client(synchronizer.state().server());
            SyncResult<List<RevisionSummary>> history = client.history(synchronizer.state().project(), 0, limit);
            if (!(history instanceof SyncResult.Ok<List<RevisionSummary>> ok)) {
                err().println("dovetail: " + (history instanceof SyncResult.Failed<?> f ? f.message() : history.toString()));
                return SERVER;
            }
            for (RevisionSummary revision : ok.value()) {
                String mark = revision.number() == synchronizer.state().baseRevision() ? " (base)" : "";
                out().println("r" + revision.number() + mark + "  " + time(revision.time(), ZoneId.systemDefault()) + "  " + revision.author() + "  " + revision.message());
            }
            return OK;
        }
    }

    /** An ISO-8601 instant from the server or the journal in {@code zone}; the text as it came when it is not one. */
    static String time(String iso, ZoneId zone) {
        if (iso == null) {
            return "";
        }
        try {
            return TIME.withZone(zone).format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
