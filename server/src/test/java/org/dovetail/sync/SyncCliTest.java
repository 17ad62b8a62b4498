package org.dovetail.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dovetail.cli.DovetailCli;
import org.dovetail.cli.sync.SyncCommands;
import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.server.testing.ServerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dovetail share|clone|push|pull|log} as a user runs them, against the real server in-process on a free port. */
class SyncCliTest {

    @TempDir
    Path dir;

    private ServerFixture server;
    private String url;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        server = ServerFixture.start(dir.resolve("server-data"), null);
        server.newUser("ann");
        url = "http://127.0.0.1:" + server.server.port();
        SyncCommands.useEnvironment(Map.of("DOVETAIL_USER", "ann", "DOVETAIL_PASSWORD", ServerFixture.PASSWORD));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        SyncCommands.useEnvironment(System.getenv());
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DovetailCli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shareCloneEditPushPullConflictAndLog() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path file = Path.of("process.dovetail");
        DovetailResources.save(ExampleModels.itChangeEnablement(), a.resolve(file));

        Run share = run("share", url, "change", a.toString(), "--create");
        assertEquals(0, share.code(), share.err());
        Run taken = run("share", url, "change", dir.resolve("taken").toString(), "--create");
        assertEquals(1, taken.code(), "--create on a taken id is refused: " + taken.out() + taken.err());
        assertTrue(taken.err().contains("without --create"), taken.err());
        Run push = run("push", "-C", a.toString(), "-m", "the example");
        assertEquals(0, push.code(), push.err());
        assertTrue(push.out().contains("committed revision 1"), push.out());
        List<String> findingLines = push.out().lines().filter(l -> l.matches("  (error|warning|info) .*")).toList();
        assertEquals(20, findingLines.size(), "at most 20 findings printed: " + push.out());
        assertTrue(findingLines.get(0).startsWith("  error "), "the most severe first: " + findingLines.get(0));
        assertTrue(push.out().lines().anyMatch(l -> l.matches("  … and \\d+ more \\(\\d+ findings: \\d+ errors?, .*")), push.out());
        Run clone = run("clone", url, "change", b.toString());
        assertEquals(0, clone.code(), clone.err());
        assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)));

        rename(a.resolve(file), "from A");
        assertEquals(0, run("push", "-C", a.toString(), "-m", "A renames").code());
        rename(b.resolve(file), "from B");
        Run conflict = run("push", "-C", b.toString(), "-m", "B renames");
        assertEquals(1, conflict.code(), conflict.out() + conflict.err());
        assertTrue(conflict.out().contains("BOTH_CHANGED") && conflict.out().contains("mine=\"from B\"")
                && conflict.out().contains("theirs=\"from A\""), conflict.out());
        String rootId = DovetailResources.load(b.resolve(file)).getId();
        assertTrue(conflict.out().contains("conflict 'from B' [" + rootId + "] name"), "the element is named, its id in brackets: " + conflict.out());
        assertEquals(1, run("pull", "-C", b.toString()).code(), "unsettled: nothing changes");
        Run settled = run("pull", "-C", b.toString(), "--take", "theirs");
        assertEquals(0, settled.code(), settled.err());
        assertEquals("from A", DovetailResources.load(b.resolve(file)).getName());

        Run log = run("log", "-C", b.toString());
        assertEquals(0, log.code(), log.err());
        assertTrue(log.out().contains("r2 (base)") && log.out().contains("A renames") && log.out().contains("the example"), log.out());
        assertTrue(log.out().lines().filter(l -> l.startsWith("r")).allMatch(l -> l.matches("r\\d+( \\(base\\))?  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [+-]\\d\\d:\\d\\d  .*")),
                "times as the History view shows them, no seconds or nanoseconds: " + log.out());

        Run bad = run("pull", "-C", b.toString(), "--resolve", "nonsense");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("bad --resolve"), bad.err());
        Run notShared = run("push", "-C", dir.resolve("elsewhere").toString());
        assertEquals(2, notShared.code());
        assertTrue(notShared.err().contains("not shared"), notShared.err());
    }

    @Test
    void aServerAdminAddsAUserWithThePasswordFromAFileNeverFromTheCommandLine() throws IOException {
        Path secret = dir.resolve("new-password");
        Files.writeString(secret, "a-long-password-for-bo\n");
        Run refused = run("user", "add", url, "bo", "--password-file", secret.toString());
        assertEquals(3, refused.code(), "ann is no server admin: " + refused.out() + refused.err());
        assertTrue(refused.err().contains("cannot create user bo"), refused.err());

        SyncCommands.useEnvironment(Map.of("DOVETAIL_USER", ServerFixture.ADMIN, "DOVETAIL_PASSWORD", ServerFixture.PASSWORD));
        Run added = run("user", "add", url, "bo", "--password-file", secret.toString());
        assertEquals(0, added.code(), added.out() + added.err());
        assertTrue(added.out().contains("created user bo"), added.out());
        Run again = run("user", "add", url, "bo", "--password-file", secret.toString());
        assertEquals(1, again.code(), "a taken name is refused, not reported as created: " + again.out() + again.err());
        assertTrue(again.err().contains("exists"), again.err());
        SyncCommands.useEnvironment(Map.of("DOVETAIL_USER", "bo", "DOVETAIL_PASSWORD", "a-long-password-for-bo"));
        Run share = run("share", url, "bos-project", dir.resolve("bo").toString(), "--create");
        assertEquals(0, share.code(), "bo logs in with the password from the file: " + share.err());

        SyncCommands.useEnvironment(Map.of("DOVETAIL_USER", ServerFixture.ADMIN, "DOVETAIL_PASSWORD", ServerFixture.PASSWORD));
        Files.writeString(secret, "");
        Run empty = run("user", "add", url, "cy", "--password-file", secret.toString());
        assertEquals(2, empty.code(), empty.out() + empty.err());
        assertTrue(empty.err().contains("no password"), empty.err());
        Run noSuchOption = run("user", "add", url, "cy", "--password", "in-argv");
        assertEquals(2, noSuchOption.code(), "there is no way to give a password on the command line");
    }

    @Test
    void withoutCredentialsTheCommandSaysHowToGiveThem() {
        SyncCommands.useEnvironment(Map.of());
        Run run = run("clone", url, "x", dir.resolve("c").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("DOVETAIL_TOKEN"), run.err());
        assertEquals(3, runWithWrongPassword().code());
    }

    private Run runWithWrongPassword() {
        SyncCommands.useEnvironment(Map.of("DOVETAIL_USER", "ann", "DOVETAIL_PASSWORD", "wrong"));
        return run("share", url, "y", dir.resolve("d").toString(), "--create");
    }

    private static void rename(Path file, String name) throws IOException {
        DovetailModel model = DovetailResources.load(file);
        model.setName(name);
        DovetailResources.save(model, file);
    }
}
