package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.SYNC;
import static org.dovetail.sync.ui.SyncTestSupport.isAnswered;
import static org.dovetail.sync.ui.SyncTestSupport.member;
import static org.dovetail.sync.ui.SyncTestSupport.openEditor;
import static org.dovetail.sync.ui.SyncTestSupport.shell;
import static org.dovetail.sync.ui.SyncTestSupport.steps;
import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.rules.ui.RulesUi;
import org.dovetail.rules.ui.findings.WaiveAuthorities;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SyncActions;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a shared project only the governance role may waive: an architect sees the Waive action disabled with the reason,
 * a governance member may waive, and a refusal of the server (403) is shown as such. Real server, real users.
 */
@ExtendWith(ScreenshotOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WaiveRoleTest {

    private static LocalServer server;
    private static Path temporary;
    private static IProject project;
    private static IFile model;

    @BeforeAll
    static void shareTheExampleAndAddMembers() throws Exception {
        temporary = Files.createTempDirectory("waive-role-test");
        server = LocalServer.start(temporary.resolve("server"), 0);
        project = SyncTestSupport.exampleProject("Waive Roles");
        model = project.getFile(SyncTestSupport.MODEL);
        ServerAccounts.save(server.url, "admin", server.password);
        SyncTestSupport.share(project);
        member(server, "waive-roles", "ada", "ada-pw-1", "architect");
        member(server, "waive-roles", "greta", "greta-pw-1", "governance");
        member(server, "waive-roles", "vic", "vic-pw-1", "viewer");
    }

    @AfterAll
    static void stopServer() throws Exception {
        page().closeAllEditors(false);
        ServerAccounts.save(server.url, "admin", server.password);
        server.close();
    }

    @Test
    @Order(1)
    void anUnsharedModelMayBeWaivedByAnyone() throws Exception {
        IProject local = SyncTestSupport.exampleProject("Waive Local");
        assertNull(WaiveAuthorities.refusal(local.getFile(SyncTestSupport.MODEL)), "a local model is the user's own");
    }

    @Test
    @Order(2)
    void anArchitectSeesWaiveDisabledWithTheReason() throws Exception {
        ServerAccounts.save(server.url, "ada", "ada-pw-1");
        Table findings = validateAndShowFindings();
        Item waive = waiveItemOnceTheRoleIsRead(findings);
        assertFalse(waive.enabled(), () -> diagnosis(waive));
        assertEquals("Waiving needs the governance role on server project 'waive-roles'; ada is an architect.", waive.tooltip(),
                () -> diagnosis(waive));
        assertTrue(WaiveAuthorities.refusal(model).contains("governance role"));
        UiWait.idle(Duration.ofMillis(300));
        Screenshots.capture("sync-waive-disabled-for-architect");
    }

    @Test
    @Order(3)
    void aGovernanceMemberMayWaive() throws Exception {
        ServerAccounts.save(server.url, "greta", "greta-pw-1");
        Table findings = validateAndShowFindings();
        Item waive = waiveItemOnceTheRoleIsRead(findings);
        assertTrue(waive.enabled(), () -> diagnosis(waive));
        assertNull(WaiveAuthorities.refusal(model));
    }

    @Test
    @Order(4)
    void aRefusalOfTheServerForTheRoleIsShownClearly() throws Exception {
        ServerAccounts.save(server.url, "vic", "vic-pw-1");
        DovetailEditor editor = openEditor(project);
        SyncTestSupport.rename(editor, steps(editor).get(0), "Renamed by a viewer");
        DialogAnswer commit = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "A viewer tries to commit");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        String[] text = new String[1];
        DialogAnswer refused = DialogAnswer.when("Not Allowed by the Server", shell -> {
            text[0] = String.join("\n", Widgets.all(shell, Label.class, l -> true).stream().map(Label::getText).toList());
            try {
                Screenshots.capture("sync-not-allowed-by-server");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            UiActions.click(Widgets.button(shell, "OK"));
        });
        SyncActions.commit(shell(), project);
        commit.assertAnswered();
        UiWait.until("the refusal is shown", () -> isAnswered(refused), SYNC);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        assertTrue(text[0].contains("refused this for your role"), text[0]);
        assertTrue(text[0].contains("kept in the journal"), text[0]);
    }

    @Test
    @Order(5)
    void anArchitectCommittingAWaiverAnywayIsRefusedByTheServerAndToldWhy() throws Exception {
        ServerAccounts.save(server.url, "ada", "ada-pw-1");
        DovetailEditor editor = openEditor(project);
        org.dovetail.model.DovetailModel root = (org.dovetail.model.DovetailModel) editor.getResource().getContents().get(0);
        org.dovetail.model.process.Step step = steps(editor).get(1);
        editor.getSession().commandStack().execute(new org.eclipse.emf.edit.command.ChangeCommand(root) {
            @Override
            protected void doExecute() {
                if (root.getGovernance() == null) {
                    root.setGovernance(org.dovetail.model.governance.GovernanceFactory.eINSTANCE.createGovernanceModel());
                }
                org.dovetail.model.governance.Waiver waiver = org.dovetail.model.governance.GovernanceFactory.eINSTANCE.createWaiver();
                waiver.setRuleId("workflow.approval-skip-path");
                waiver.setElement(step);
                waiver.setResponse(org.dovetail.model.governance.RiskResponse.WAIVED);
                waiver.setReason("Edited around the Waive action");
                root.getGovernance().getWaivers().add(waiver);
            }
        });
        editor.doSave(null);
        DialogAnswer commit = DialogAnswer.when("Commit", shell -> {
            UiActions.setText(Widgets.find(shell, Text.class), "An architect waives anyway");
            UiActions.click(Widgets.button(shell, "Commit"));
        });
        String[] text = new String[1];
        DialogAnswer refused = DialogAnswer.when("Not Allowed by the Server", shell -> {
            text[0] = String.join("\n", Widgets.all(shell, Label.class, l -> true).stream().map(Label::getText).toList());
            UiActions.click(Widgets.button(shell, "OK"));
        });
        SyncActions.commit(shell(), project);
        commit.assertAnswered();
        UiWait.until("the refusal is shown", () -> isAnswered(refused), SYNC);
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
        assertTrue(text[0].contains("waivers needs the governance role"), text[0]);
    }

    @Test
    @Order(6)
    void aRoleThatCouldNotBeReadIsReadAgainOnceTheServerIsBack() throws Exception {
        member(server, "waive-roles", "otto", "otto-pw-1", "governance"); // no role of his is remembered yet
        ServerAccounts.save(server.url, "otto", "otto-pw-1");
        int port = server.port();
        server.close();
        UiWait.until("the role could not be read", () -> String.valueOf(WaiveAuthorities.refusal(model)).contains("could not be read"), SYNC);
        server = LocalServer.start(temporary.resolve("server"), port);
        // Asking again (the view does on every selection) reads the role anew once the failed answer is a few seconds old.
        String[] said = new String[1];
        try {
            UiWait.until("the role is read from the server that is back", () -> (said[0] = WaiveAuthorities.refusal(model)) == null, SYNC);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the authorities still say: " + said[0], e);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private record Item(boolean enabled, String tooltip) {
    }

    /** Opens the model, validates it and selects the first open finding in the Findings view; answers its table. */
    private static Table validateAndShowFindings() throws Exception {
        page().closeAllEditors(false);
        DovetailEditor editor = openEditor(project);
        page().activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(RulesUi.VALIDATE_COMMAND_ID, null);
        Table findings = Widgets.find(shell(), Table.class, t -> t.getMenu() != null && t.isVisible()
                && UiActions.menuLabels(t.getMenu()).stream().anyMatch(l -> l.startsWith("Waive")), "the Findings table");
        UiWait.until("the findings are listed", () -> findings.getItemCount() > 0, SYNC);
        findings.setSelection(0);
        findings.notifyListeners(SWT.Selection, new Event());
        UiWait.processEvents();
        return findings;
    }

    /**
     * The Waive entry once the user's role on the server is known. The role is read in a job; its answer is awaited
     * without opening the menu, whose every opening makes its items anew (a wait that opened it thousands of times filled
     * the heap), then the view is given the turn in which it hears of the answer.
     */
    private static Item waiveItemOnceTheRoleIsRead(Table findings) {
        UiWait.until("the role is read", () -> {
            String refusal = WaiveAuthorities.refusal(model);
            return refusal == null || !refusal.contains("checking your role");
        }, SYNC);
        UiWait.processEvents();
        return waiveItem(findings);
    }

    /** What the Waive entry said, what the authorities say now and which editors are validated: for a failure's message. */
    private static String diagnosis(Item waive) {
        String validated = ModelValidations.all().stream()
                .map(v -> v.editor().getEditorInput().getToolTipText() + (v.editor().isDisposed() ? " (closed)" : ""))
                .collect(Collectors.joining(", "));
        return "Waive " + (waive.enabled() ? "enabled" : "disabled") + " with \"" + waive.tooltip() + "\"; the authorities say \""
                + WaiveAuthorities.refusal(model) + "\" for " + model.getFullPath() + "; active editor "
                + (page().getActiveEditor() == null ? "none" : page().getActiveEditor().getEditorInput().getToolTipText())
                + "; validated: " + validated;
    }

    /** The Waive entry of the table's context menu as it shows when opened. */
    private static Item waiveItem(Table table) {
        Menu menu = table.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Waive")).findFirst()
                .orElseThrow(() -> new AssertionError("no Waive entry"));
        Item seen = new Item(item.isEnabled(), String.valueOf(item.getToolTipText()));
        menu.notifyListeners(SWT.Hide, new Event());
        return seen;
    }
}
