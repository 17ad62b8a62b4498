package org.dovetail.cli.sync;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dovetail user add}: a server admin creates a user. The new user's password is read from a file or from
 * standard input (or asked for on a terminal), never from the command line, where other users could see it.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manages the users of a Dovetail server (server admins).",
        subcommands = UserCommand.Add.class)
public final class UserCommand implements Runnable {

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "a subcommand is needed: user add");
    }

    /** {@code dovetail user add <server url> <name> [--server-admin] [--password-file FILE]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Creates a user. Your own credentials come from DOVETAIL_TOKEN, or DOVETAIL_USER and DOVETAIL_PASSWORD, or"
                    + " a prompt; the new user's password from --password-file, a prompt on a terminal, or the first line of"
                    + " standard input.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = { "0:created", "2:bad input (no password, too short …)", "3:server unreachable or refused the request" })
    public static final class Add extends SyncCommand {

        @Parameters(index = "0", paramLabel = "<server url>")
        String server;

        @Parameters(index = "1", paramLabel = "<name>", description = "The new user's name.")
        String name;

        @Option(names = "--password-file", paramLabel = "<file>", description = "Read the new user's password from the first line of this file.")
        Path passwordFile;

        @Option(names = "--server-admin", description = "The new user administers the server too.")
        boolean serverAdmin;

        @Override
        int run() throws IOException {
            String password = password();
            SyncClient client = client(server);
            SyncResult<?> created = client.createUser(name, password, serverAdmin);
            switch (created) {
                case SyncResult.Ok<?> ok -> { }
                case SyncResult.Failed<?> failed -> {
                    err().println("dovetail: cannot create user " + name + ": " + failed.message());
                    return failed.status() == 400 ? BAD_INPUT : SERVER;
                }
                // 409: the name is taken; the existing user (and their password) stays as it was.
                case SyncResult.Conflicts<?> taken -> {
                    err().println("dovetail: cannot create user " + name + ": " + taken.message());
                    return CONFLICTS;
                }
                case SyncResult.GateRefused<?> refused -> {
                    err().println("dovetail: cannot create user " + name + ": " + refused.message());
                    return SERVER;
                }
            }
            out().println("created user " + name + (serverAdmin ? " (server admin)" : "")
                    + "; give them a role in a project with PUT /api/v1/projects/<project>/members/" + name);
            return OK;
        }

        private String password() throws IOException {
            String password;
            if (passwordFile != null) {
                password = firstLine(Files.readString(passwordFile, StandardCharsets.UTF_8));
            } else {
                Console console = System.console();
                if (console != null) {
                    char[] typed = console.readPassword("Password for the new user %s: ", name);
                    password = typed == null ? null : new String(typed);
                } else {
                    password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                }
            }
            if (password == null || password.isEmpty()) {
                throw new SyncException("no password for the new user: give --password-file FILE, or type it, or pipe it to standard input");
            }
            return password;
        }

        private static String firstLine(String text) {
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }
}
