package org.dovetail.cli.sync;

import java.io.IOException;
import java.util.List;

import org.dovetail.sync.client.JournalRecord;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.protocol.Times;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dovetail log}: the project's history on the server, newest first, and the local change sets not yet pushed. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Shows the project's revisions (newest first) and the local"
        + " change sets waiting to be pushed.")
public final class LogCommand extends FolderCommand {

    @Option(names = { "-n", "--limit" }, defaultValue = "20", description = "How many revisions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run() throws IOException {
        try (Synchronizer synchronizer = open()) {
            for (JournalRecord pending : synchronizer.pending()) {
                out().println("pending  " + Times.format(pending.time()) + "  " + pending.operations().size() + " operation(s)  " + pending.message());
            }
            SyncClient client = client(synchronizer.state().server());
            SyncResult<List<RevisionSummary>> history = client.history(synchronizer.state().project(), 0, limit);
            if (!(history instanceof SyncResult.Ok<List<RevisionSummary>> ok)) {
                err().println("dovetail: " + (history instanceof SyncResult.Failed<?> f ? f.message() : history.toString()));
                return SERVER;
            }
            for (RevisionSummary revision : ok.value()) {
                String mark = revision.number() == synchronizer.state().baseRevision() ? " (base)" : "";
                out().println("r" + revision.number() + mark + "  " + Times.format(revision.time()) + "  " + revision.author() + "  " + revision.message());
            }
            return OK;
        }
    }
}
