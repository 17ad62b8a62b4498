package org.dovetail.cli.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncResult;
import org.dovetail.sync.client.Synchronizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dovetail share}: connects a folder of models to a project on a server; {@code push} then sends them. */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Connects a folder (with or without .dovetail files) to a project on a Dovetail server. Credentials come from"
                + " DOVETAIL_TOKEN, or DOVETAIL_USER and DOVETAIL_PASSWORD, or a prompt.")
public final class ShareCommand extends SyncCommand {

    @Parameters(index = "0", paramLabel = "<server url>")
    String server;

    @Parameters(index = "1", paramLabel = "<project>")
    String project;

    @Parameters(index = "2", paramLabel = "<folder>", arity = "0..1", description = "Default: the current folder.")
    Path folder;

    @Option(names = "--create", description = "Create the project on the server first (you become its admin).")
    boolean create;

    @Option(names = "--name", description = "The project's display name with --create (default: its id).")
    String name;

    @Option(names = "--description", description = "What the project is about, with --create (shown to those who check it out).")
    String description;

    @Override
    int run() throws IOException {
        Path target = folderOrCurrent(folder);
        Files.createDirectories(target);
        SyncClient client = client(server);
        if (description != null && !create) {
            err().println("dovetail: --description needs --create (it describes the project being created)");
            return BAD_INPUT;
        }
        if (create) {
            SyncResult<?> created = client.createProject(project, name == null ? project : name, description);
            if (!(created instanceof SyncResult.Ok<?>)) {
                // A taken id (409) is refused too: the folder is not connected to someone else's project by accident.
                String reason = created instanceof SyncResult.Failed<?> failed ? failed.message()
                        : created instanceof SyncResult.Conflicts<?> taken ? taken.message() + "; share without --create to use it"
                        : ((SyncResult.GateRefused<?>) created).message();
                err().println("dovetail: cannot create project " + project + ": " + reason);
                return created instanceof SyncResult.Conflicts<?> ? CONFLICTS : SERVER;
            }
            out().println("created project " + project);
        }
        try (Synchronizer synchronizer = Synchronizer.share(target, server, project, client)) {
            out().println("shared " + target + " as " + project + " on " + server + "; ./dovetail push sends its models");
        }
        return OK;
    }
}
