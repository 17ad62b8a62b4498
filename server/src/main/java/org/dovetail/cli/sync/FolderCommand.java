package org.dovetail.cli.sync;

import java.io.IOException;
import java.nio.file.Path;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.ProtocolException;

import picocli.CommandLine.Option;

/** A command on a folder that is already shared: the server comes from its sync state. */
abstract class FolderCommand extends SyncCommand {

    @Option(names = { "-C", "--folder" }, paramLabel = "<folder>", description = "The shared folder (default: the current one).")
    Path folder;

    @Override
    Path modelFolder() {
        return folderOrCurrent(folder);
    }

    Synchronizer open() throws IOException {
        Path target = folderOrCurrent(folder);
        Path state = target.resolve(".dovetail-sync/state.json");
        String server;
        try {
            server = ProtocolJson.read(java.nio.file.Files.readAllBytes(state), SyncState.class).server();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new org.dovetail.sync.client.SyncException(target + " is not shared with a server; use share or clone first");
        } catch (ProtocolException e) {
            throw new org.dovetail.sync.client.SyncException("unreadable " + state + ": " + e.getMessage());
        }
        SyncClient client = client(server);
        Synchronizer synchronizer = Synchronizer.open(target, client);
        if (synchronizer.droppedJournalBytes() > 0) {
            err().println("dovetail: dropped an incomplete last journal record (" + synchronizer.droppedJournalBytes()
                    + " bytes) left by a crash; every complete change set is kept");
        }
        return synchronizer;
    }
}
