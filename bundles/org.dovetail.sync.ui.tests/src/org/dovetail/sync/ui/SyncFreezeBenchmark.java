package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.admin;
import static org.dovetail.sync.ui.SyncTestSupport.shell;
import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.DovetailPackage;
import org.dovetail.model.process.Step;
import org.dovetail.rules.ui.ModelValidations;
import org.dovetail.sync.protocol.ChangeSet;
import org.dovetail.sync.protocol.Operation;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SyncActions;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.dovetail.ui.testing.freeze.FreezeMeter;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * How long the UI thread is unresponsive while a large model is shared, saved, committed and updated, phase by phase
 * ({@link FreezeMeter}), against a real server (a child process): the sync half of the "no UI freeze over
 * 100 ms on a 100 K-element model"; {@code UiFreezeBenchmark} of org.dovetail.workbench.tests measures open, edit,
 * validate, search and close. Not a test: without {@code DOVETAIL_FREEZE_MODEL} it does nothing. One command:
 * {@code releng/org.dovetail.benchmarks/ui-freeze.sh --sync}.
 */
class SyncFreezeBenchmark {

    private static final Duration LONG = Duration.ofMinutes(10);
    private static final int INCOMING = 100;

    @Test
    void measure() throws Exception {
        String file = System.getenv("DOVETAIL_FREEZE_MODEL");
        if (file == null) {
            System.out.println("SyncFreezeBenchmark: set DOVETAIL_FREEZE_MODEL to a large .dovetail file");
            return;
        }
        Path temporary = Files.createTempDirectory("sync-freeze");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Sync Freeze");
        project.create(null);
        project.open(null);
        IFile model = project.getFile("model-100k.dovetail");
        try (InputStream content = Files.newInputStream(Path.of(file))) {
            model.create(content, true, null);
        }
        FreezeMeter meter;
        try (LocalServer server = LocalServer.start(temporary.resolve("server"), 0, "768m")) {
            ServerAccounts.save(server.url, "admin", server.password);
            meter = new FreezeMeter(Display.getCurrent(), "SyncFreezeBenchmark"); // after the server's start, which it would sample
            try (meter) {
                measure(meter, server, project, model);
            }
        } finally {
            project.delete(true, true, null);
        }
        String report = meter.table("Sync UI freezes on " + file);
        System.out.println(report);
        Files.writeString(Path.of("target/sync-freeze-report.txt"), report);
        Files.writeString(Path.of("target/sync-freeze-samples.txt"), meter.samples());
    }

    private static void measure(FreezeMeter meter, LocalServer server, IProject project, IFile model) throws Exception {
        meter.phase("share (the whole model, one commit) until done", () -> {
            DialogAnswer answer = DialogAnswer.when("Share Project", dialog -> UiActions.click(Widgets.button(dialog, "Share")));
            SyncActions.share(shell(), project);
            answer.assertAnswered();
            UiWait.forJobs(SyncUi.JOB_FAMILY, LONG);
            UiWait.until("the project is in sync at r1", () -> status(project).equals("In sync \u00b7 r1"), LONG);
        });
        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(page(), model, true));
        UiWait.until("validation on open ends", () -> !ModelValidations.of(editor).isRunning()
                && ModelValidations.of(editor).result() != null, LONG);
        List<Step> steps = steps(editor, INCOMING + 5);
        meter.phase("rename 5 steps (one command)", () -> {
            CompoundCommand renames = new CompoundCommand("Rename 5 steps");
            for (Step step : steps.subList(INCOMING, INCOMING + 5)) {
                renames.append(SetCommand.create(editor.getEditingDomain(), step, DovetailPackage.Literals.ELEMENT__NAME,
                        step.getName() + " (mine)"));
            }
            editor.getEditingDomain().getCommandStack().execute(renames);
        });
        meter.phase("save the model", () -> {
            editor.doSave(null);
            UiWait.until("the project has edits to commit", () -> status(project).equals("Local edits to commit"), LONG);
        });
        meter.phase("commit until in sync", () -> {
            DialogAnswer answer = DialogAnswer.when("Commit", dialog -> {
                UiActions.setText(Widgets.find(dialog, Text.class), "Five steps renamed");
                UiActions.click(Widgets.button(dialog, "Commit"));
            });
            SyncActions.commit(shell(), project);
            answer.assertAnswered();
            UiWait.forJobs(SyncUi.JOB_FAMILY, LONG);
            UiWait.until("the project is in sync at r2", () -> status(project).equals("In sync \u00b7 r2"), LONG);
        });
        // The teammate works on another machine: their change set goes to the server as it would from there, without
        // cloning and saving the 100 K-element model inside the JVM this measures (its garbage is not the workbench's).
        List<Operation> renames = new ArrayList<>();
        for (int i = 0; i < INCOMING; i++) {
            renames.add(new Operation.SetValue(steps.get(i).getId(), "name", "Renamed by a teammate " + i));
        }
        ChangeSet teammate = new ChangeSet(2, "A hundred steps renamed", renames, "teammate-" + System.nanoTime(), 1);
        assertEquals(3, admin(server).commit("sync-freeze", teammate).orThrow().revision());
        meter.phase(INCOMING + " incoming changes: update into the open editor", () -> {
            SyncActions.update(shell(), project);
            UiWait.forJobs(SyncUi.JOB_FAMILY, LONG);
            UiWait.until("the editor shows the teammate's names",
                    () -> steps.get(INCOMING - 1).getName().equals("Renamed by a teammate " + (INCOMING - 1)), LONG);
            UiWait.until("the project is in sync at r3", () -> status(project).equals("In sync \u00b7 r3"), LONG);
        });
        assertEquals("Renamed by a teammate 0", steps.get(0).getName());
        meter.phase("close", () -> page().closeAllEditors(false));
    }

    /** What the status bar says for {@code project} when it is selected. */
    private static String status(IProject project) {
        return SyncStatuses.of(project).text();
    }

    private static List<Step> steps(DovetailEditor editor, int count) {
        List<Step> steps = new ArrayList<>();
        for (var all = editor.getResource().getAllContents(); all.hasNext() && steps.size() < count;) {
            if (all.next() instanceof Step step) {
                steps.add(step);
            }
        }
        return steps;
    }
}
