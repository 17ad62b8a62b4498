package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.SYNC;
import static org.dovetail.sync.ui.SyncTestSupport.admin;
import static org.dovetail.sync.ui.SyncTestSupport.cloneTeammate;
import static org.dovetail.sync.ui.SyncTestSupport.isAnswered;
import static org.dovetail.sync.ui.SyncTestSupport.openEditor;
import static org.dovetail.sync.ui.SyncTestSupport.rename;
import static org.dovetail.sync.ui.SyncTestSupport.shell;
import static org.dovetail.sync.ui.SyncTestSupport.statusText;
import static org.dovetail.sync.ui.SyncTestSupport.steps;
import static org.dovetail.sync.ui.SyncTestSupport.teammateSets;
import static org.dovetail.sync.ui.SyncTestSupport.treeText;
import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.process.Step;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.ServerWatch;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.SyncActions;
import org.dovetail.sync.ui.internal.compare.CompareWithRevisionDialog;
import org.dovetail.sync.ui.internal.compare.RevisionComparison;
import org.dovetail.sync.ui.internal.decorations.SyncDecorator;
import org.dovetail.sync.ui.internal.wizards.CloneFromServerWizard;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Table;
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
 * Incoming changes and conflicts marked in the model tree and counted in the status bar; Compare with Revision; the
 * clone wizard. Against a real server with a teammate's working copy; the steps build on each other.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncomingCompareCloneTest {

    private static final String DESCRIPTION = "Supplier invoices from receipt to payment\nOwned by the finance process board";

    private static Path temporary;
    private static LocalServer server;
    private static IProject project;
    private static Path teammate;

    @BeforeAll
    static void shareAndCloneATeammate() throws Exception {
        temporary = Files.createTempDirectory("sync-marks-test");
        server = LocalServer.start(temporary.resolve("server"), 0);
        project = SyncTestSupport.exampleProject("Sync Marks");
        ServerAccounts.save(server.url, "admin", server.password);
        SyncTestSupport.share(project, DESCRIPTION);
        teammate = cloneTeammate(temporary.resolve("teammate"), server, "sync-marks");
    }

    @AfterAll
    static void stopServer() throws Exception {
        page().closeAllEditors(false);
        server.close();
    }

    @Test
    @Order(1)
    void anUpdateMarksWhatOthersChangedAndCountsItInTheStatusBar() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step changed = steps(editor).get(1);
        Step untouched = steps(editor).get(0);
        teammateSets(teammate, admin(server), changed.getId(), "name", "Match invoice (teammate)", "Teammate's wording");
        SyncActions.update(shell(), project);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        UiWait.until("the changed step is marked incoming", () -> treeText(editor, changed).endsWith("[incoming]"));
        assertEquals(SyncDecorator.Mark.INCOMING, SyncDecorator.markOf(changed));
        assertFalse(treeText(editor, untouched).contains("["), "an element nobody else changed is not marked");
        assertEquals(SyncDecorator.Mark.INCOMING, SyncDecorator.markOf(project.getFile(SyncTestSupport.MODEL)), "the navigator marks the file");
        // Its ancestors carry the overlay without the suffix, so a collapsed tree still shows where the change is.
        org.eclipse.emf.ecore.EObject process = changed.eContainer();
        assertEquals(SyncDecorator.Mark.INCOMING_INSIDE, SyncDecorator.markOf(process), "the process holding the step is marked");
        assertFalse(treeText(editor, process).contains("["), "an ancestor gets the overlay, not the suffix");
        assertEquals(SyncDecorator.Mark.INCOMING_INSIDE, SyncDecorator.markOf(project), "the navigator marks the project");
        assertTrue(org.dovetail.sync.ui.internal.decorations.IncomingChanges.of(project).incomingInside().contains(
                org.dovetail.sync.emf.ModelTypes.idOf(process)), "the ancestors are computed once with the marks");
        UiWait.until("the status bar counts it", () -> statusText().contains("1 incoming"));
    }

    @Test
    @Order(2)
    void pendingConflictsAreMarkedUntilResolvedAndIncomingMarksClearOnCommit() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step disputed = steps(editor).get(2);
        Step theirsOnly = steps(editor).get(3);
        teammateSets(teammate, admin(server), "Teammate renames two steps", new String[] { disputed.getId(), "name", "Approve (theirs)" },
                new String[] { theirsOnly.getId(), "name", "Pay (theirs)" });
        rename(editor, disputed, "Approve (mine)");
        DialogAnswer later = DialogAnswer.when("Resolve Conflicts", shell -> UiActions.click(Widgets.button(shell, "Decide Later")));
        SyncActions.update(shell(), project);
        UiWait.until("the conflict dialog came", () -> isAnswered(later), SYNC);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        UiWait.until("the disputed step is marked as a conflict", () -> treeText(editor, disputed).endsWith("[conflict]"));
        UiWait.until("their other change waits as incoming", () -> treeText(editor, theirsOnly).endsWith("[incoming]"));
        UiWait.until("the status bar counts both", () -> statusText().contains("1 conflict to resolve \u00b7 1 incoming"));
        assertEquals(SyncDecorator.Mark.CONFLICT_INSIDE, SyncDecorator.markOf(disputed.eContainer()), "a conflict below outranks incoming");
        assertEquals(SyncDecorator.Mark.CONFLICT, SyncDecorator.markOf(project.getFile(SyncTestSupport.MODEL)), "the file holds the conflict");
        editor.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(disputed), true);
        UiWait.idle(Duration.ofMillis(400));
        Screenshots.capture("sync-incoming-and-conflict-marks");

        DialogAnswer resolve = DialogAnswer.when("Resolve Conflicts", shell -> {
            UiActions.click(Widgets.button(shell, "Keep All Mine"));
            UiActions.click(Widgets.button(shell, "Apply and Update"));
        });
        SyncActions.update(shell(), project);
        UiWait.until("the conflict is settled", () -> isAnswered(resolve), SYNC);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        UiWait.until("the conflict mark is gone", () -> !treeText(editor, disputed).contains("[conflict]"), SYNC);
        UiWait.until("their merged change stays marked incoming", () -> treeText(editor, theirsOnly).endsWith("[incoming]"));
        assertFalse(statusText().contains("in conflict"), statusText());

        DialogAnswer commit = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "Keep my wording of the approval");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        SyncActions.commit(shell(), project);
        commit.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        UiWait.until("a commit clears the incoming marks", () -> !treeText(editor, theirsOnly).contains("[")
                && !statusText().contains("incoming"), SYNC);
    }

    @Test
    @Order(3)
    void compareWithRevisionShowsAnElementsFeaturesThenAndNow() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step step = steps(editor).get(1);
        CompareWithRevisionDialog dialog = new CompareWithRevisionDialog(shell(), project, step.getId(),
                RevisionComparison.label(step, step.getId()), 1L);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.until("revision 1 is compared", () -> dialog.shownRevision() == 1, SYNC);
            RevisionComparison.Row name = dialog.rows().stream().filter(r -> r.feature().equals("name")).findFirst().orElseThrow();
            assertTrue(name.differs(), "the teammate renamed it after revision 1");
            assertEquals("Match invoice (teammate)", name.local());
            assertFalse(name.atRevision().equals(name.local()));
            assertTrue(dialog.rows().stream().anyMatch(r -> !r.differs()), "equal features are listed too");
            dialog.getShell().setSize(980, 560);
            UiWait.idle(Duration.ofMillis(300));
            Screenshots.capture("sync-compare-with-revision");

            long head = SharedProjects.state(project).baseRevision();
            dialog.choose(head);
            UiWait.until("the head revision is compared", () -> dialog.shownRevision() == head, SYNC);
            assertTrue(dialog.rows().stream().noneMatch(RevisionComparison.Row::differs), "the saved model equals the head");
        } finally {
            dialog.close();
        }
        CompareWithRevisionDialog whole = new CompareWithRevisionDialog(shell(), project, null, project.getName(), 1L);
        whole.setBlockOnOpen(false);
        whole.open();
        try {
            UiWait.until("the project is compared with revision 1", () -> whole.shownRevision() == 1, SYNC);
            List<String> changed = whole.rows().stream().map(RevisionComparison.Row::element).toList();
            assertEquals(3, whole.rows().size(), "three steps were renamed since revision 1: " + changed);
            assertTrue(whole.rows().stream().allMatch(r -> r.feature().equals("name") && r.differs()));
        } finally {
            whole.close();
        }
    }

    @Test
    @Order(4)
    void theCloneWizardConnectsListsMyProjectsAndChecksOneOutOnItsThreePages() throws Exception {
        CloneFromServerWizard wizard = new CloneFromServerWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(shell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            org.eclipse.swt.widgets.Shell wizardShell = dialog.getShell();
            org.eclipse.jface.wizard.IWizardPage login = dialog.getCurrentPage();
            UiActions.setText(Widgets.labelled(wizardShell, Text.class, "Server URL"), "http://127.0.0.1:1");
            UiActions.setText(Widgets.labelled(wizardShell, Text.class, "User"), "admin");
            UiActions.setText(Widgets.labelled(wizardShell, Text.class, "Password"), server.password);
            UiActions.click(Widgets.button(wizardShell, "Next >"));
            UiWait.until("an unreachable server is named on the page", () -> String.valueOf(login.getErrorMessage()).contains("cannot be reached"), SYNC);
            assertEquals(login, dialog.getCurrentPage(), "the wizard stays on the server page");

            UiActions.setText(Widgets.labelled(wizardShell, Text.class, "Server URL"), server.url);
            UiActions.setText(Widgets.labelled(wizardShell, Text.class, "Password"), "wrong");
            UiActions.click(Widgets.button(wizardShell, "Next >"));
            UiWait.until("a wrong password is refused on the page", () -> String.valueOf(login.getErrorMessage()).contains("did not accept"), SYNC);
            assertEquals(login, dialog.getCurrentPage());
            UiWait.idle(Duration.ofMillis(300));
            Screenshots.capture("sync-clone-wizard-1-server");

            UiActions.setText(Widgets.labelled(wizardShell, Text.class, "Password"), server.password);
            UiActions.click(Widgets.button(wizardShell, "Next >"));
            UiWait.until("the project page shows", () -> dialog.getCurrentPage() != login, SYNC);
            Table projects = Widgets.find(wizardShell, Table.class);
            UiWait.until("my projects are listed", () -> projects.getItemCount() == 1, SYNC);
            assertEquals("sync-marks", projects.getItem(0).getText(0));
            assertEquals("Sync Marks", projects.getItem(0).getText(1), "the project's name");
            assertEquals("Supplier invoices from receipt to payment", projects.getItem(0).getText(2),
                    "the description's first line, typed in the Share dialog");
            assertTrue(projects.getItem(0).getText(3).startsWith("admin"), "my role is shown");
            assertTrue(projects.getItem(0).getText(3).contains("incl. members"), "what the role allows");
            Text about = Widgets.labelled(wizardShell, Text.class, "About the project");
            assertEquals(DESCRIPTION, about.getText(), "the whole description below the list");
            assertEquals(1, projects.getSelectionCount(), "the only project is chosen");
            assertFalse(Widgets.button(wizardShell, "Finish").isEnabled(), "the target is not chosen yet");
            UiWait.idle(Duration.ofMillis(300));
            Screenshots.capture("sync-clone-wizard-2-projects");

            UiActions.click(Widgets.button(wizardShell, "Next >"));
            Text name = Widgets.labelled(wizardShell, Text.class, "Project name");
            UiWait.until("the name is proposed", () -> name.getText().equals("Sync Marks"));
            assertTrue(String.valueOf(dialog.getCurrentPage().getErrorMessage()).contains("already has a project"));
            assertFalse(Widgets.button(wizardShell, "Finish").isEnabled(), "the workspace already has that project");
            UiActions.setText(name, "Sync Marks Copy");
            assertTrue(Widgets.labelled(wizardShell, Text.class, "Folder").getText().endsWith("Sync Marks Copy"));
            UiWait.until("Finish is possible", () -> Widgets.button(wizardShell, "Finish").isEnabled());
            UiWait.idle(Duration.ofMillis(300));
            Screenshots.capture("sync-clone-wizard-3-target");
            UiActions.click(Widgets.button(wizardShell, "Finish"));
            UiWait.until("the wizard closes", wizardShell::isDisposed, SYNC);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        IProject copy = ResourcesPlugin.getWorkspace().getRoot().getProject("Sync Marks Copy");
        assertTrue(copy.isOpen() && SharedProjects.isShared(copy), "the copy is a shared workspace project");
        assertEquals(SharedProjects.state(project).baseRevision(), SharedProjects.state(copy).baseRevision());
        DovetailEditor opened = assertInstanceOf(DovetailEditor.class, page().getActiveEditor(), "the model opens");
        assertEquals(copy, SharedProjects.projectOf(opened));
        Step renamed = steps(opened).get(1);
        assertNotNull(renamed);
        assertEquals("Match invoice (teammate)", renamed.getName(), "the copy has the server's head");

        // The Sync menu opens the same wizard, proposing the server used last.
        DialogAnswer fromMenu = DialogAnswer.when("Dovetail Project from Server", shell -> {
            assertEquals(server.url, Widgets.labelled(shell, Text.class, "Server URL").getText());
            UiActions.click(Widgets.button(shell, "Cancel"));
        });
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(SyncUi.COMMAND_CLONE, null);
        fromMenu.assertAnswered();
    }

    @Test
    @Order(5)
    void theStatusBarSaysWhenTheServerHasRevisionsIDoNotHaveYet() throws Exception {
        Step step = steps(openEditor(project)).get(4); // the status bar follows the active editor's project
        teammateSets(teammate, admin(server), step.getId(), "name", "Pay invoice (teammate)", "Teammate's wording of the payment");
        ServerWatch.checkNow();
        UiWait.until("the status bar says the server has a new revision", () -> statusText().contains("1 new on server"), SYNC);
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("sync-status-bar-new-on-server");

        SyncActions.update(shell(), project);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        UiWait.until("the update brought it", () -> "Pay invoice (teammate)".equals(step.getName()), SYNC);
        ServerWatch.checkNow();
        UiWait.until("the next look is over", ServerWatch::isWaiting, SYNC);
        assertEquals(0, ServerWatch.newer(project), "nothing is new after the update");
        assertFalse(statusText().contains("new on server"), statusText());
    }
}
