package org.dovetail.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Dovetail's command line: plain Java, no display, no OSGi, on the same jars as the workbench and the server.
 * Exit codes: 0 nothing at or above {@code --fail-on}, 1 findings at or above it, 2 bad input or usage.
 */
@Command(name = "dovetail", mixinStandardHelpOptions = true, versionProvider = DovetailCli.Version.class,
        description = "Dovetail's command line.", subcommands = { ValidateCommand.class, org.dovetail.cli.diagram.ExportDiagramCommand.class,
                CommandLine.HelpCommand.class })
public final class DovetailCli implements Runnable {

    static final String NAME = "Dovetail";
    static final String VERSION = "0.1.0";

    /** Exit code: bad input or usage. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new DovetailCli());
        cli.addSubcommand(new org.dovetail.cli.sync.ShareCommand());
        cli.addSubcommand(new org.dovetail.cli.sync.CloneCommand());
        cli.addSubcommand(new org.dovetail.cli.sync.PushCommand());
        cli.addSubcommand(new org.dovetail.cli.sync.PullCommand());
        cli.addSubcommand(new org.dovetail.cli.sync.LogCommand());
        cli.addSubcommand(new org.dovetail.cli.sync.UserCommand());
        cli.addSubcommand(new org.dovetail.cli.importer.ImportModelCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        // Usage errors exit with 2 (picocli's default); so does anything unexpected, after naming it.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dovetail: " + e);
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command, for example: validate <model file or folder>");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { NAME + " " + VERSION };
        }
    }
}
