package org.dovetail.cli.sync;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncException;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.emf.SyncModelException;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.Finding;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the sync commands share: credentials (from the environment or a prompt, never from the
 * command line), exit codes, and how an outcome is printed.
 *
 * <p>Credentials: {@code DOVETAIL_TOKEN} (a session or API token), else {@code DOVETAIL_USER} with
 * {@code DOVETAIL_PASSWORD}, else a prompt on the terminal.
 */
abstract class SyncCommand implements Callable<Integer> {

    static final int OK = 0;
    /** Conflicts to settle, or the governance gate refused. */
    static final int CONFLICTS = 1;
    static final int BAD_INPUT = 2;
    /** The server is unreachable or refused the request (authentication, permission, …). */
    static final int SERVER = 3;
    /** Findings printed after a push or pull; the rest are counted. */
    static final int FINDINGS_SHOWN = 20;

    /** The environment, replaceable by tests. */
    static Map<String, String> environment = System.getenv();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (SyncException | SyncModelException e) {
            err().println("dovetail: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err().println("dovetail: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    abstract int run() throws IOException;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static Path folderOrCurrent(Path folder) {
        return (folder == null ? Path.of("") : folder).toAbsolutePath().normalize();
    }

    SyncClient client(String server) {
        return new SyncClient(URI.create(server), credentials());
    }

    private Credentials credentials() {
        String token = environment.get("DOVETAIL_TOKEN");
        if (token != null && !token.isBlank()) {
            return new Credentials.Bearer(token.strip());
        }
        String user = environment.get("DOVETAIL_USER");
        String password = environment.get("DOVETAIL_PASSWORD");
        Console console = System.console();
        if ((user == null || password == null) && console != null) {
            if (user == null) {
                user = console.readLine("Dovetail user: ");
            }
            if (password == null) {
                char[] typed = console.readPassword("Password for %s: ", user);
                password = typed == null ? null : new String(typed);
            }
        }
        if (user == null || password == null) {
            throw new SyncException("no credentials: set DOVETAIL_TOKEN (a token from the server), or DOVETAIL_USER and"
                    + " DOVETAIL_PASSWORD, or run in a terminal to be asked");
        }
        return new Credentials.Basic(user, password);
    }

    /** The folder whose models name the elements in what is printed (null: print ids only). */
    Path modelFolder() {
        return null;
    }

    /**
     * The findings a commit added (or the gate refused it for), the most severe first, at most {@link #FINDINGS_SHOWN}:
     * a project's first commit of a large model adds tens of thousands, which no terminal reader wants line by line.
     */
    private static void printFindings(PrintWriter out, ElementNames names, List<Finding> findings) {
        List<Finding> bySeverity = findings.stream().sorted(Comparator.comparingInt(SyncCommand::severityRank)).toList();
        for (Finding finding : bySeverity.subList(0, Math.min(FINDINGS_SHOWN, bySeverity.size()))) {
            out.println("  " + finding.severity() + " " + finding.ruleId() + " on " + names.label(finding.elementId()) + ": " + finding.message());
        }
        if (bySeverity.size() > FINDINGS_SHOWN) {
            Map<String, Long> counts = bySeverity.stream().collect(Collectors.groupingBy(Finding::severity, LinkedHashMap::new, Collectors.counting()));
            String summary = counts.entrySet().stream().map(e -> String.format("%,d %s", e.getValue(), e.getKey() + (e.getValue() == 1 ? "" : "s")))
                    .collect(Collectors.joining(", "));
            out.println(String.format("  … and %,d more (%,d findings: %s); ./dovetail validate on the folder lists every one",
                    bySeverity.size() - FINDINGS_SHOWN, bySeverity.size(), summary));
        }
    }

    private static int severityRank(Finding finding) {
        return switch (finding.severity()) {
        case "error" -> 0;
        case "warning" -> 1;
        default -> 2;
        };
    }

    /** Prints an outcome and returns its exit code. */
    int report(SyncOutcome outcome) {
        PrintWriter out = out();
        ElementNames names = ElementNames.of(modelFolder());
        for (Long revision : outcome.committed()) {
            out.println("committed revision " + revision);
        }
        printFindings(out, names, outcome.findings());
        for (Conflict c : outcome.conflicts()) {
            out.println("  conflict " + names.label(c.elementId()) + " " + c.feature() + " " + c.kind() + ": base=" + names.value(c.baseValue())
                    + " mine=" + names.value(c.mine()) + " theirs=" + names.value(c.theirs()) + " (revision " + c.theirRevision() + ")");
        }
        if (!outcome.conflicts().isEmpty()) {
            out.println("  settle with --take mine|theirs or --resolve <id>:<feature>=mine|theirs|value:<text> (the id in brackets)");
        }
        String line = outcome.message() + " [base revision " + outcome.baseRevision() + ", " + outcome.pending() + " pending]";
        return switch (outcome.status()) {
        case DONE -> {
            out.println(line);
            yield OK;
        }
        case CONFLICTS, REFUSED -> {
            err().println("dovetail: " + line);
            yield CONFLICTS;
        }
        case OFFLINE, FAILED -> {
            err().println("dovetail: " + line);
            yield SERVER;
        }
        };
    }

}
