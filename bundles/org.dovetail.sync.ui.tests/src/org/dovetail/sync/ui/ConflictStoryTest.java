package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.SYNC;
import static org.dovetail.sync.ui.SyncTestSupport.admin;
import static org.dovetail.sync.ui.SyncTestSupport.cloneTeammate;
import static org.dovetail.sync.ui.SyncTestSupport.isAnswered;
import static org.dovetail.sync.ui.SyncTestSupport.openEditor;
import static org.dovetail.sync.ui.SyncTestSupport.rename;
import static org.dovetail.sync.ui.SyncTestSupport.shell;
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
import java.util.regex.Pattern;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.process.Step;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SyncActions;
import org.dovetail.sync.ui.internal.views.HistoryView;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story a new user lives through: edit, a teammate changes the same step, Update shows who changed it (revision,
 * author, time, message), the user keeps theirs, edits on and commits; the server's history shows the user's message
 * (not a synthetic one), and the History view says what each revision changed, with times that carry their offset.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConflictStoryTest {

    private static final Pattern TIME_WITH_OFFSET = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [+-]\\d\\d:\\d\\d");
    private static final String MESSAGE = "Keep the clerk's wording of the approval";

    private static Path temporary;
    private static LocalServer server;
    private static IProject project;
    private static Path teammate;

    @BeforeAll
    static void shareAndCloneATeammate() throws Exception {
        temporary = Files.createTempDirectory("sync-story-test");
        server = LocalServer.start(temporary.resolve("server"), 0);
        project = SyncTestSupport.exampleProject("Conflict Story");
        ServerAccounts.save(server.url, "admin", server.password);
        SyncTestSupport.share(project);
        teammate = cloneTeammate(temporary.resolve("teammate"), server, "conflict-story");
    }

    @AfterAll
    static void stopServer() throws Exception {
        page().closeAllEditors(false);
        server.close();
    }

    @Test
    @Order(1)
    void theConflictDialogSaysWhoMadeTheirsAndTheMessageTypedAfterwardsIsTheOneTheServerKeeps() throws Exception {
        DovetailEditor editor = openEditor(project);
        Step disputed = steps(editor).get(2);
        Step later = steps(editor).get(0);
        rename(editor, disputed, "Approve (mine)");
        teammateSets(teammate, admin(server), disputed.getId(), "name", "Approve (theirs)", "Teammate's wording");

        DialogAnswer resolve = DialogAnswer.when("Resolve Conflicts", shell -> {
            Table table = Widgets.find(shell, Table.class);
            assertEquals(1, table.getItemCount());
            assertEquals("Theirs by", table.getColumn(7).getText());
            String by = table.getItem(0).getText(7);
            assertTrue(by.startsWith("admin \u00b7 r2 \u00b7 "), by);
            assertTrue(TIME_WITH_OFFSET.matcher(by).find(), "the time carries its offset: " + by);
            assertTrue(by.endsWith("\u201cTeammate's wording\u201d"), by);
            Button theirs = Widgets.find(shell, Button.class, b -> b.getText().startsWith("Take &theirs"), "the theirs choice");
            assertTrue(theirs.getText().contains("r2 by admin, "), theirs.getText());
            UiWait.idle(Duration.ofMillis(300));
            capture("sync-conflict-theirs-by");
            UiActions.click(Widgets.button(shell, "Keep All Mine"));
            UiActions.click(Widgets.button(shell, "Apply and Update"));
        });
        SyncActions.update(shell(), project);
        UiWait.until("the conflict is settled", () -> isAnswered(resolve), SYNC);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        resolve.assertAnswered();
        assertEquals("Approve (mine)", disputed.getName());

        rename(editor, later, "Receive invoice (checked)"); // edits after the update go with the same commit
        DialogAnswer commit = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), MESSAGE);
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        SyncActions.commit(shell(), project);
        commit.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);

        List<RevisionSummary> history = admin(server).history("conflict-story", 0, 10).orThrow();
        assertEquals(MESSAGE, history.get(0).message(), "the newest revision carries the typed message");
        assertFalse(history.stream().anyMatch(r -> r.message().contains("before pull")),
                "no revision is recorded under a message the user did not write: " + history);
        assertTrue(history.stream().skip(1).takeWhile(r -> r.number() > 2).allMatch(r -> MESSAGE.equals(r.message())), history.toString());
    }

    @Test
    @Order(2)
    void theHistoryViewSaysWhatEachRevisionChangedWithTimesInTheirZone() throws Exception {
        HistoryView view = (HistoryView) page().showView(SyncUi.HISTORY_VIEW);
        view.show(project, null, null);
        UiWait.until("the history is read", () -> !view.titleText().contains("reading") && view.rows().size() >= 3, SYNC);
        List<HistoryView.Row> rows = view.rows();
        HistoryView.Row first = rows.get(rows.size() - 1);
        assertEquals("r1", first.revision());
        assertTrue(first.changes().matches("\\d+ elements: \\d+ added"), "the shared model is all added: " + first.changes());
        HistoryView.Row theirs = rows.stream().filter(r -> r.revision().equals("r2")).findFirst().orElseThrow();
        assertEquals("1 element: 1 changed", theirs.changes());
        assertTrue(theirs.details().contains("changed  Approve (theirs)") || theirs.details().contains(": name"), theirs.details());
        rows.forEach(r -> assertTrue(TIME_WITH_OFFSET.matcher(r.time()).matches(), "time with offset: " + r.time()));

        view.getSite().getSelectionProvider(); // the view's own table selection drives the details pane
        Table table = Widgets.find(view.getSite().getShell(), Table.class, t -> t.getColumnCount() == 5
                && "Changes".equals(t.getColumn(4).getText()), "the history table");
        table.setSelection(0);
        table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiWait.until("the details pane lists the elements", () -> view.detailsText().contains("changed  "));
        assertTrue(view.detailsText().contains(MESSAGE), view.detailsText());
        assertTrue(view.detailsText().contains(": name"), view.detailsText());
        UiWait.idle(Duration.ofMillis(300));
        capture("sync-history-changes");
    }

    private static void capture(String name) {
        try {
            Screenshots.capture(name);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
