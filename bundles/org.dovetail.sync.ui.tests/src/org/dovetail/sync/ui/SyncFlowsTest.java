package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.SYNC;
import static org.dovetail.sync.ui.SyncTestSupport.admin;
import static org.dovetail.sync.ui.SyncTestSupport.cloneTeammate;
import static org.dovetail.sync.ui.SyncTestSupport.isAnswered;
import static org.dovetail.sync.ui.SyncTestSupport.openEditor;
import static org.dovetail.sync.ui.SyncTestSupport.shell;
import static org.dovetail.sync.ui.SyncTestSupport.statusText;
import static org.dovetail.sync.ui.SyncTestSupport.steps;
import static org.dovetail.sync.ui.SyncTestSupport.teammateSets;
import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.process.Step;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.SyncActions;
import org.dovetail.sync.ui.internal.SyncStatus;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.dovetail.sync.ui.internal.views.BaselinesView;
import org.dovetail.sync.ui.internal.views.HistoryView;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Share, commit, update and conflict resolution as a user does them, in the workbench, against a real server (a child
 * process) with a second working copy on the same server playing the teammate. The steps build on each other.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncFlowsTest {

    private static Path temporary;
    private static LocalServer server;
    private static IProject project;
    private static Path teammate;

    @BeforeAll
    static void startServerAndCreateProject() throws Exception {
        temporary = Files.createTempDirectory("sync-ui-test");
        server = LocalServer.start(temporary.resolve("server"), 0);
        project = SyncTestSupport.exampleProject("Sync Flows");
    }

    @AfterAll
    static void stopServer() throws Exception {
        page().closeAllEditors(false);
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void connectRefusesAWrongPasswordAndKeepsTheRightOne() {
        DialogAnswer answer = DialogAnswer.when("Connect to Server", shell -> {
            fill(shell, "Server URL", server.url);
            fill(shell, "User", "admin");
            fill(shell, "Password", "not the password");
            UiActions.click(Widgets.button(shell, "Connect"));
            UiWait.until("the dialog says the password is wrong", () -> !shell.isDisposed()
                    && String.valueOf(titleMessage(shell)).contains("did not accept"));
            fill(shell, "Password", server.password);
            UiActions.click(Widgets.button(shell, "Connect"));
        });
        execute(SyncUi.COMMAND_CONNECT);
        answer.assertAnswered();
        assertEquals(server.url, org.dovetail.sync.ui.internal.ServerAccounts.lastServer().orElseThrow());
        assertTrue(org.dovetail.sync.ui.internal.ServerAccounts.credentials(server.url).isPresent(), "the password is in secure storage");
    }

    @Test
    @Order(2)
    void shareCreatesTheServerProjectAndCommitsTheModels() throws Exception {
        DialogAnswer answer = DialogAnswer.when("Share Project", shell -> {
            assertEquals("sync-flows", Widgets.labelled(shell, Text.class, "Server project").getText());
            UiActions.click(Widgets.button(shell, "Share"));
        });
        SyncActions.share(shell(), project);
        answer.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        assertTrue(SharedProjects.isShared(project));
        List<RevisionSummary> history = admin(server).history("sync-flows", 0, 10).orThrow();
        assertEquals(1, history.size(), "the models are the first revision");
        assertEquals(SyncStatus.Kind.IN_SYNC, SyncStatuses.of(project).kind());
        assertTrue(project.getFolder(ProjectFolder.SYNC_FOLDER).isHidden(), "the sync folder is not shown in the navigator");

        teammate = cloneTeammate(temporary.resolve("teammate"), server, "sync-flows");
    }

    @Test
    @Order(3)
    void commitSendsSavedEditsWithTheMessageAndTheHistoryAndStatusBarShowIt() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step step = steps(editor).get(0);
        execute(editor, SetCommand.create(editor.getEditingDomain(), step, step.eClass().getEStructuralFeature("name"), "Register invoice on receipt"));
        editor.doSave(null);
        UiWait.until("the status bar says there are edits to commit", () -> statusText().contains("Local edits"));

        DialogAnswer answer = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "Name the first step after what the clerk does");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        SyncActions.commit(shell(), project);
        answer.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        List<RevisionSummary> history = admin(server).history("sync-flows", 0, 10).orThrow();
        assertEquals("Name the first step after what the clerk does", history.get(0).message());
        UiWait.until("the status bar says in sync", () -> statusText().contains("In sync \u00b7 r2"));

        HistoryView view = (HistoryView) page().showView(SyncUi.HISTORY_VIEW);
        view.show(project, null, null);
        UiWait.until("the history view lists both revisions", () -> view.rows().size() == 2);
        assertEquals("r2", view.rows().get(0).revision());
        page().activate(editor);
        editor.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(step), true);
        UiWait.until("the history view follows the selected step", () -> view.titleText().contains("Register invoice on receipt")
                && !view.titleText().contains("reading") && view.rows().size() == 2);
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("sync-history-view");
    }

    @Test
    @Order(4)
    void updateBringsTheTeammatesChangeIntoTheOpenEditorAsOneUndoableCommand() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step second = steps(editor).get(1);
        String id = second.getId();
        teammateSets(teammate, admin(server), id, "name", "Match invoice to purchase order", "Clarify the matching step");

        boolean[] toldSaved = { false };
        org.eclipse.ui.IPropertyListener titles = (source, property) -> toldSaved[0] |= property == org.eclipse.ui.IEditorPart.PROP_DIRTY
                && !editor.isDirty();
        editor.addPropertyListener(titles);
        SyncActions.update(shell(), project);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        UiWait.until("the open editor shows the teammate's name", () -> "Match invoice to purchase order".equals(second.getName()));
        assertFalse(editor.isDirty(), "the editor equals the merged file");
        UiWait.until("the editor's title drops its dirty mark", () -> toldSaved[0]);
        editor.removePropertyListener(titles);
        assertEquals("Update from Server", editor.getSession().commandStack().getUndoCommand().getLabel());
        String theirs = second.getName();
        editor.getSession().commandStack().undo();
        assertFalse("Match invoice to purchase order".equals(second.getName()), "Undo takes the update back: " + second.getName());
        editor.getSession().commandStack().redo();
        assertEquals(theirs, second.getName(), "Redo brings it again");
        editor.doSave(null);
        UiWait.until("the status bar says in sync at r3", () -> statusText().contains("r3"));
    }

    @Test
    @Order(5)
    void aConflictIsShownWithBaseMineAndTheirsAndSettledWithAnEditedValue() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step step = steps(editor).get(2);
        String base = step.getName();
        teammateSets(teammate, admin(server), step.getId(), "name", "Approve (theirs)", "Their wording");
        execute(editor, SetCommand.create(editor.getEditingDomain(), step, step.eClass().getEStructuralFeature("name"), "Approve (mine)"));
        editor.doSave(null);

        DialogAnswer commit = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "My wording");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        DialogAnswer updateNow = DialogAnswer.when("Conflicts on the Server", shell -> UiActions.click(Widgets.button(shell, "Yes")));
        DialogAnswer resolve = DialogAnswer.when("Resolve Conflicts", shell -> {
            org.eclipse.swt.widgets.Table table = Widgets.find(shell, org.eclipse.swt.widgets.Table.class);
            assertEquals(1, table.getItemCount());
            assertEquals(base, table.getItem(0).getText(3), "base");
            assertEquals("Approve (mine)", table.getItem(0).getText(4), "mine");
            assertTrue(table.getItem(0).getText(5).startsWith("Approve (theirs)"), "theirs");
            Button apply = Widgets.button(shell, "Apply and Update");
            assertFalse(apply.isEnabled(), "nothing is settled for the user");
            shell.setSize(1100, 640);
            UiWait.idle(Duration.ofMillis(300));
            try {
                Screenshots.capture("sync-conflict-dialog");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Button edit = Widgets.find(shell, Button.class, b -> b.getText().startsWith("&Edit"), "the edit choice");
            UiActions.click(edit);
            Text value = Widgets.find(shell, Text.class, t -> t.isEnabled() && (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0
                    && t.getParent() == edit.getParent(), "the edited value");
            UiActions.setText(value, "Approve invoice (agreed)");
            assertTrue(apply.isEnabled());
            UiActions.click(apply);
        });
        SyncActions.commit(shell(), project);
        commit.assertAnswered();
        UiWait.until("the conflict is settled", () -> isAnswered(resolve), SYNC);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        updateNow.assertAnswered();
        resolve.assertAnswered();
        UiWait.until("the open editor shows the agreed name", () -> "Approve invoice (agreed)".equals(step.getName()));
        assertEquals(SyncStatus.Kind.LOCAL_CHANGES, SyncStatuses.of(project).kind(), "the resolution waits to be committed");

        DialogAnswer again = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "Agreed wording of the approval");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        SyncActions.commit(shell(), project);
        again.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        try (Synchronizer other = Synchronizer.open(teammate, admin(server))) {
            assertEquals(SyncOutcome.Status.DONE, other.pull(java.util.Map.of()).status());
            ProjectResources model = ProjectFolder.load(teammate);
            Step theirs = (Step) ElementIndex.of(model.resourceSet()).find(step.getId());
            assertEquals("Approve invoice (agreed)", theirs.getName(), "the teammate gets the agreed value");
        }
    }

    @Test
    @Order(6)
    void offlineCommitsStayInTheJournalAndArePushedAutomaticallyWhenTheServerIsBack() throws Exception {
        int port = server.port();
        server.close();
        DovetailEditor editor = openEditor(project);
        Step step = steps(editor).get(0);
        execute(editor, SetCommand.create(editor.getEditingDomain(), step, step.eClass().getEStructuralFeature("name"), "Receive invoice (offline)"));
        editor.doSave(null);
        DialogAnswer commit = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "Written on the train");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        DialogAnswer offline = DialogAnswer.when("Server unreachable", shell -> UiActions.click(Widgets.button(shell, "OK")));
        SyncActions.commit(shell(), project);
        commit.assertAnswered();
        UiWait.until("the offline warning came", () -> isAnswered(offline), SYNC);
        UiWait.until("the status bar says offline and retrying", () -> statusText().contains("Offline \u00b7 1 change set kept")
                && statusText().contains("retrying"));
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("sync-status-bar-offline");
        // A saved edit not committed yet must stay out of the automatic push.
        Step other = steps(editor).get(1);
        execute(editor, SetCommand.create(editor.getEditingDomain(), other, other.eClass().getEStructuralFeature("name"), "Not committed yet"));
        editor.doSave(null);
        UiWait.idle(Duration.ofSeconds(5)); // a few retries fail while the server is down

        server = LocalServer.start(temporary.resolve("server"), port);
        // Watch the status bar (not the server: polling it from the UI thread would compete with the retry).
        UiWait.until("the kept change set is pushed without any user action", () -> !statusText().contains("Offline")
                && !statusText().contains("retrying") && !statusText().contains("Synchronising"), Duration.ofMinutes(3));
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        assertEquals("Written on the train", admin(server).history("sync-flows", 0, 10).orThrow().get(0).message(),
                "the change set kept offline went out with its own message");
        UiWait.until("the status bar no longer says offline", () -> !statusText().contains("Offline") && !statusText().contains("retrying"));
        try (Synchronizer other2 = Synchronizer.open(teammate, admin(server))) {
            other2.pull(java.util.Map.of());
            ProjectResources model = ProjectFolder.load(teammate);
            assertEquals("Receive invoice (offline)", ((Step) ElementIndex.of(model.resourceSet()).find(step.getId())).getName());
            assertFalse("Not committed yet".equals(((Step) ElementIndex.of(model.resourceSet()).find(other.getId())).getName()),
                    "the retry pushes only what was committed");
        }
        DialogAnswer later = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "Back online");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        SyncActions.commit(shell(), project);
        later.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        assertEquals("Back online", admin(server).history("sync-flows", 0, 10).orThrow().get(0).message());
        UiWait.until("the status bar says in sync", () -> statusText().contains("In sync"));
        Screenshots.capture("sync-status-bar");
    }

    @Test
    @Order(7)
    void aBoardSignsOffTheCurrentRevisionAsABaselineInTheGovernancePerspective() throws Exception {
        PlatformUI.getWorkbench().showPerspective("org.dovetail.workbench.governance", PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        BaselinesView view = (BaselinesView) page().showView(SyncUi.BASELINES_VIEW);
        view.show(project);
        UiWait.until("the view has read the (empty) list", () -> view.rows().isEmpty());
        long revision = SharedProjects.state(project).baseRevision();
        DialogAnswer name = DialogAnswer.when("Sign Off Baseline", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class, t -> t.isEnabled() && (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0,
                    "the name"), "Board review November");
            UiActions.click(Widgets.button(shell, "OK"));
        });
        view.signOff();
        name.assertAnswered();
        UiWait.until("the baseline is listed", () -> view.rows().size() == 1, SYNC);
        assertEquals("Board review November", view.rows().get(0).name());
        assertEquals(revision, view.rows().get(0).revision());
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("sync-baselines-view");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static void execute(DovetailEditor editor, Command command) {
        assertTrue(command.canExecute());
        editor.getSession().commandStack().execute(command);
    }

    private static void execute(String commandId) {
        try {
            PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
        } catch (Exception e) {
            throw new AssertionError("command " + commandId + " failed", e);
        }
    }

    private static void fill(Shell shell, String label, String value) {
        UiActions.setText(Widgets.labelled(shell, Text.class, label), value);
    }

    private static String titleMessage(Shell shell) {
        return String.join(" | ", Widgets.all(shell, org.eclipse.swt.widgets.Control.class, c -> true).stream()
                .map(c -> c instanceof org.eclipse.swt.widgets.Label l ? l.getText() : c instanceof Text t ? t.getText()
                        : c instanceof CLabel cl ? String.valueOf(cl.getText()) : "")
                .toList());
    }
}
