package org.dovetail.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The body limit option of {@code dovetail server}: a limit out of range is refused before anything starts. */
class ServerMainOptionsTest {

    @Test
    void aBodyLimitOutOfRangeIsRefusedWithItsReason() {
        for (String limit : new String[] { "0", "-5", "8193" }) {
            StringWriter err = new StringWriter();
            CommandLine command = new CommandLine(new ServerMain());
            command.setErr(new PrintWriter(err));
            assertEquals(CommandLine.ExitCode.USAGE, command.execute("--max-body-mb", limit), limit);
            assertTrue(err.toString().contains("--max-body-mb must be between 1 and 8192, not " + limit), err.toString());
        }
    }

    @Test
    void theHelpNamesTheBodyLimitAndItsDefault() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ServerMain());
        command.setOut(new PrintWriter(out));
        assertEquals(CommandLine.ExitCode.OK, command.execute("--help"));
        assertTrue(out.toString().contains("--max-body-mb") && out.toString().contains("default 64"), out.toString());
    }
}
