package org.dovetail.cli.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.sync.client.Synchronizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dovetail clone}: checks a project out into an empty folder. */
@Command(name = "clone", mixinStandardHelpOptions = true, description = "Checks out the head of a project into a new or empty folder.")
public final class CloneCommand extends SyncCommand {

    @Parameters(index = "0", paramLabel = "<server url>")
    String server;

    @Parameters(index = "1", paramLabel = "<project>")
    String project;

    @Parameters(index = "2", paramLabel = "<folder>")
    Path folder;

    @Override
    int run() throws IOException {
        Path target = folderOrCurrent(folder);
        Files.createDirectories(target);
        try (Synchronizer synchronizer = Synchronizer.cloneInto(target, server, project, client(server))) {
            out().println("cloned " + project + " at revision " + synchronizer.state().baseRevision() + " into " + target);
        }
        return OK;
    }
}
