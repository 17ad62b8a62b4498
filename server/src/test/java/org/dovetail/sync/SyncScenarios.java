package org.dovetail.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dovetail.examples.ExampleModels;
import org.dovetail.model.DovetailModel;
import org.dovetail.model.process.Step;
import org.dovetail.model.resource.DovetailResources;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.Resolution;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.SyncState;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.emf.ModelDiff;
import org.dovetail.sync.protocol.Conflict;
import org.dovetail.sync.protocol.ConflictKind;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.protocol.ProtocolJson;
import org.dovetail.sync.protocol.Snapshot;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client end to end over real HTTP, the same scenarios against every server: share, push, clone,
 * pull, conflicts as data, an outage. Subclasses start the server and give two users' clients.
 */
abstract class SyncScenarios {

    static final String PROJECT = "invoices";
    static final String FILE = "models/supplier-invoice-approval.dovetail";

    @TempDir
    Path dir;

    /** The server's base URL (as a user would type it). */
    abstract String url();

    /** Client of the user in folder A (may create projects). */
    abstract SyncClient clientA();

    /** Client of the user in folder B (an architect of the project). */
    abstract SyncClient clientB();

    abstract void stopServer() throws Exception;

    /** Starts the server again on the same port with the same data. */
    abstract void restartServer() throws Exception;

    private SyncClient clientOf(Path folder) {
        return folder.getFileName().toString().equals("b") ? clientB() : clientA();
    }

    /** Folder A shares the example and pushes it; folder B clones it. */
    private Path[] sharedPair() throws IOException {
        Path a = dir.resolve("a");
        DovetailResources.save(ExampleModels.supplierInvoiceApproval(), a.resolve(FILE));
        try (Synchronizer sync = Synchronizer.share(a, url(), PROJECT, clientA())) {
            SyncOutcome pushed = sync.push("the example");
            assertEquals(SyncOutcome.Status.DONE, pushed.status(), pushed.message());
            assertEquals(List.of(1L), pushed.committed());
        }
        Path b = dir.resolve("b");
        try (Synchronizer sync = Synchronizer.cloneInto(b, url(), PROJECT, clientB())) {
            assertEquals(1, sync.state().baseRevision());
        }
        return new Path[] { a, b };
    }

    private static void edit(Path folder, Consumer<DovetailModel> change) throws IOException {
        Path file = folder.resolve(FILE);
        DovetailModel model = DovetailResources.load(file);
        change.accept(model);
        DovetailResources.save(model, file);
    }

    private static Step firstStep(DovetailModel model) {
        return model.getProcessDomain().getProcesses().get(0).getSteps().get(0);
    }

    private static String firstStepName(Path folder) throws IOException {
        return firstStep(DovetailResources.load(folder.resolve(FILE))).getName();
    }

    private SyncOutcome push(Path folder, String message) throws IOException {
        try (Synchronizer sync = Synchronizer.open(folder, clientOf(folder))) {
            return sync.push(message);
        }
    }

    private SyncOutcome pull(Path folder, Map<org.dovetail.sync.protocol.ConflictKey, Resolution> resolutions) throws IOException {
        try (Synchronizer sync = Synchronizer.open(folder, clientOf(folder))) {
            return sync.pull(resolutions);
        }
    }

    @Test
    void pushFromOneFolderChangeFromAnotherPullInTheFirst() throws IOException {
        Path[] ab = sharedPair();
        assertEquals(Files.readString(ab[0].resolve(FILE)), Files.readString(ab[1].resolve(FILE)), "clone gives the same file");

        edit(ab[1], model -> {
            firstStep(model).setName("Renamed in B");
            EcoreUtil.delete(model.getProcessDomain().getProcesses().get(0).getSteps().get(1), true);
        });
        SyncOutcome pushed = push(ab[1], "rename and delete");
        assertEquals(SyncOutcome.Status.DONE, pushed.status(), pushed.message());
        assertEquals(List.of(2L), pushed.committed());

        edit(ab[0], model -> model.setDescription("described in A")); // a non-conflicting local edit
        SyncOutcome pulled = pull(ab[0], Map.of());
        assertEquals(SyncOutcome.Status.DONE, pulled.status(), pulled.message());
        assertEquals("Renamed in B", firstStepName(ab[0]));
        assertEquals("described in A", DovetailResources.load(ab[0].resolve(FILE)).getDescription(), "the local edit is kept");
        assertEquals(1, pull(ab[0], Map.of()).pending(), "and waits to be pushed");
        assertEquals(List.of(3L), push(ab[0], "description").committed());
        assertEquals(SyncOutcome.Status.DONE, pull(ab[1], Map.of()).status());
        assertEquals(Files.readString(ab[0].resolve(FILE)), Files.readString(ab[1].resolve(FILE)), "both folders agree");
    }

    @Test
    void aConflictComesBackAsDataAndNothingIsOverwrittenUntilSettled() throws IOException {
        Path[] ab = sharedPair();
        String original = firstStepName(ab[0]);
        edit(ab[0], model -> firstStep(model).setName("A's name"));
        assertEquals(SyncOutcome.Status.DONE, push(ab[0], "A").status());
        edit(ab[1], model -> firstStep(model).setName("B's name"));

        SyncOutcome refused = push(ab[1], "B");
        assertEquals(SyncOutcome.Status.CONFLICTS, refused.status(), refused.message());
        Conflict conflict = refused.conflicts().get(0);
        assertEquals(ConflictKind.BOTH_CHANGED, conflict.kind());
        assertEquals("name", conflict.feature());
        assertEquals(original, conflict.baseValue());
        assertEquals("B's name", conflict.mine());
        assertEquals("A's name", conflict.theirs());

        SyncOutcome unsettled = pull(ab[1], Map.of());
        assertEquals(SyncOutcome.Status.CONFLICTS, unsettled.status());
        assertEquals(List.of(conflict), unsettled.conflicts());
        assertEquals("B's name", firstStepName(ab[1]), "nothing changed while unsettled");

        SyncOutcome settled = pull(ab[1], Map.of(conflict.key(), Resolution.edited("Both names")));
        assertEquals(SyncOutcome.Status.DONE, settled.status(), settled.message());
        assertEquals("Both names", firstStepName(ab[1]));
        SyncOutcome pushed = push(ab[1], "settled");
        assertEquals(SyncOutcome.Status.DONE, pushed.status());
        assertEquals(SyncOutcome.Status.DONE, pull(ab[0], Map.of()).status());
        assertEquals("Both names", firstStepName(ab[0]));
        assertEquals("settled", messageOf(ab[1], pushed.committed().get(0)), "-m on the push replaces the refused change set's message");
    }

    /** The message of revision {@code number} as the server's history has it. */
    private String messageOf(Path folder, long number) {
        return clientOf(folder).history(PROJECT, 0, 100).orThrow().stream().filter(r -> r.number() == number).findFirst().orElseThrow()
                .message();
    }

    @Test
    void takingTheirsDropsMineAndADeleteAgainstAnEditIsAConflict() throws IOException {
        Path[] ab = sharedPair();
        edit(ab[0], model -> firstStep(model).setDescription("edited by A"));
        assertEquals(SyncOutcome.Status.DONE, push(ab[0], "A edits").status());
        edit(ab[1], model -> EcoreUtil.delete(firstStep(model), true));
        SyncOutcome refused = push(ab[1], "B deletes");
        assertEquals(SyncOutcome.Status.CONFLICTS, refused.status());
        assertTrue(refused.conflicts().stream().anyMatch(c -> c.kind() == ConflictKind.DELETED_CHANGED), refused.conflicts().toString());

        SyncOutcome pulled = pull(ab[1], Map.of());
        Map<org.dovetail.sync.protocol.ConflictKey, Resolution> theirs = new java.util.HashMap<>();
        pulled.conflicts().forEach(c -> theirs.put(c.key(), Resolution.theirs()));
        assertEquals(SyncOutcome.Status.DONE, pull(ab[1], theirs).status());
        assertEquals("edited by A", firstStep(DovetailResources.load(ab[1].resolve(FILE))).getDescription(), "the step is back");
        assertEquals(0, push(ab[1], "nothing left").pending());
    }

    @Test
    void aCommitNobodyRacedIsFoldedWithoutRewritingTheFilesAndARebasedOneByPulling() throws IOException {
        Path[] ab = sharedPair();
        assertBaseIs(ab[0], 1); // the share's own commit, folded without downloading it back
        edit(ab[0], model -> firstStep(model).setName("renamed in A"));
        Object fileBefore = fileKey(ab[0]);
        SyncOutcome pushed = push(ab[0], "rename");
        assertEquals(List.of(2L), pushed.committed());
        assertEquals(0, pushed.pulled());
        assertEquals(fileBefore, fileKey(ab[0]), "the file already holds revision 2: not written again");
        assertBaseIs(ab[0], 2);

        edit(ab[1], model -> model.setDescription("described in B")); // on base 1: the server rebases it over revision 2
        SyncOutcome rebased = push(ab[1], "description");
        assertEquals(List.of(3L), rebased.committed());
        assertEquals(1, rebased.pulled(), "A's revision 2 came with the fold");
        assertEquals("renamed in A", firstStepName(ab[1]));
        assertBaseIs(ab[1], 3);
    }

    @Test
    void anAutomaticRetryCommitsTheJournalAndKeepsEditsSavedSince() throws Exception {
        Path[] ab = sharedPair();
        stopServer();
        edit(ab[0], model -> firstStep(model).setName("recorded offline"));
        assertEquals(SyncOutcome.Status.OFFLINE, push(ab[0], "offline").status());
        edit(ab[0], model -> model.setDescription("saved, not committed"));
        restartServer();
        edit(ab[1], model -> model.getProcessDomain().getProcesses().get(0).setName("named in B"));
        assertEquals(List.of(2L), push(ab[1], "process name").committed());

        try (Synchronizer sync = Synchronizer.open(ab[0], clientA())) {
            SyncOutcome retried = sync.pushPending(); // rebased over B's revision: the files are rewritten, the edit put back
            assertEquals(List.of(3L), retried.committed(), retried.message());
        }
        DovetailModel a = DovetailResources.load(ab[0].resolve(FILE));
        assertEquals("saved, not committed", a.getDescription());
        assertEquals("named in B", a.getProcessDomain().getProcesses().get(0).getName());
        assertBaseIs(ab[0], 3);

        edit(ab[0], model -> firstStep(model).setName("recorded again"));
        try (Synchronizer sync = Synchronizer.open(ab[0], clientA())) {
            sync.recordFileChanges("second"); // records the description too: one change set of both saved edits
        }
        edit(ab[0], model -> model.getProcessDomain().getProcesses().get(0).setDescription("saved after the record"));
        try (Synchronizer sync = Synchronizer.open(ab[0], clientA())) {
            SyncOutcome retried = sync.pushPending(); // nobody raced it: folded in place, the file not written
            assertEquals(List.of(4L), retried.committed(), retried.message());
        }
        assertEquals("saved after the record", DovetailResources.load(ab[0].resolve(FILE)).getProcessDomain().getProcesses().get(0)
                .getDescription());
        assertBaseIs(ab[0], 4);
        assertEquals(SyncOutcome.Status.DONE, pull(ab[1], Map.of()).status());
        DovetailModel b = DovetailResources.load(ab[1].resolve(FILE));
        assertEquals("recorded again", firstStep(b).getName());
        assertEquals("saved, not committed", b.getDescription());
        assertNotEquals("saved after the record", b.getProcessDomain().getProcesses().get(0).getDescription());
    }

    /** The folder's base is the server's revision {@code revision}, and its files hold no edits beyond the journal's. */
    private void assertBaseIs(Path folder, long revision) throws IOException {
        Path syncDir = folder.resolve(ProjectFolder.SYNC_FOLDER);
        SyncState state = ProtocolJson.read(Files.readAllBytes(syncDir.resolve("state.json")), SyncState.class);
        assertEquals(revision, state.baseRevision());
        List<Operation> local = ProtocolJson.read(Files.readAllBytes(syncDir.resolve(state.baseFile())), Snapshot.class).operations();
        List<Operation> server = clientOf(folder).snapshot(PROJECT, revision).orThrow().operations();
        assertEquals(List.of(), ModelDiff.diff(ProjectFolder.build(folder, server), ProjectFolder.build(folder, local)));
    }

    /** Which file the model file is: an atomic write replaces it with another. */
    private static Object fileKey(Path folder) throws IOException {
        return Files.readAttributes(folder.resolve(FILE), BasicFileAttributes.class).fileKey();
    }

    @Test
    void offlineEditsSurviveAServerOutageAndAClientRestart() throws Exception {
        Path[] ab = sharedPair();
        stopServer();
        edit(ab[0], model -> firstStep(model).setName("edited offline"));
        SyncOutcome offline = push(ab[0], "offline edit");
        assertEquals(SyncOutcome.Status.OFFLINE, offline.status());
        assertEquals(1, offline.pending());
        edit(ab[0], model -> model.setDescription("second offline edit"));
        assertEquals(SyncOutcome.Status.OFFLINE, push(ab[0], "second").status());

        restartServer(); // the server is back, with its state
        SyncOutcome online = push(ab[0], "");
        assertEquals(SyncOutcome.Status.DONE, online.status(), online.message());
        assertEquals(2, online.committed().size());
        assertEquals(SyncOutcome.Status.DONE, pull(ab[1], Map.of()).status());
        assertEquals("edited offline", firstStepName(ab[1]));
    }
}
