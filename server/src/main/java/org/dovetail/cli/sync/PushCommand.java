package org.dovetail.cli.sync;

import java.io.IOException;

import org.dovetail.sync.client.Synchronizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dovetail push}: records the folder's edits and commits every pending change set. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Records the edits of the folder's models as a change set and commits every pending change set in order."
                + " Offline, they stay in the journal for the next push.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:done", "1:conflicts (pull to settle them) or refused by the governance gate", "2:bad input",
                "3:server unreachable or refused the request; local change sets are kept" })
public final class PushCommand extends FolderCommand {

    @Option(names = { "-m", "--message" }, description = "The commit message; with no new edits to record, it replaces the message"
            + " of the pending change set (one refused before).", defaultValue = "")
    String message;

    @Override
    int run() throws IOException {
        try (Synchronizer synchronizer = open()) {
            return report(synchronizer.push(message));
        }
    }
}
