package org.dovetail.sync.ui;

import static org.dovetail.sync.ui.SyncTestSupport.SYNC;
import static org.dovetail.sync.ui.SyncTestSupport.admin;
import static org.dovetail.sync.ui.SyncTestSupport.openEditor;
import static org.dovetail.sync.ui.SyncTestSupport.statusText;
import static org.dovetail.sync.ui.SyncTestSupport.steps;
import static org.dovetail.ui.testing.UiWait.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.process.Step;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.protocol.RevisionSummary;
import org.dovetail.sync.ui.internal.OfflineRetry;
import org.dovetail.sync.ui.internal.ServerAccounts;
import org.dovetail.sync.ui.internal.SharedProjects;
import org.dovetail.sync.ui.internal.SyncStartup;
import org.dovetail.sync.ui.internal.SyncStatuses;
import org.dovetail.ui.testing.ScreenshotOnFailure;
import org.dovetail.ui.testing.Screenshots;
import org.dovetail.ui.testing.UiWait;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Change sets that an earlier session kept in the journal while the server was unreachable go to the server when the
 * workbench starts again and the server answers, without the user committing again; the status bar says so.
 */
@ExtendWith(ScreenshotOnFailure.class)
class StartupRetryTest {

    @Test
    void changeSetsKeptByAnEarlierSessionArePushedAtStartUpWhenTheServerAnswers() throws Exception {
        Path temporary = Files.createTempDirectory("sync-startup-test");
        LocalServer server = LocalServer.start(temporary.resolve("server"), 0);
        try {
            IProject project = SyncTestSupport.exampleProject("Startup Retry");
            ServerAccounts.save(server.url, "admin", server.password);
            SyncTestSupport.share(project);
            int port = server.port();
            server.close();

            // The earlier session: a step renamed and committed while the server was down, then the workbench closed.
            String id;
            try (Synchronizer earlier = SharedProjects.open(project)) {
                ProjectResources model = ProjectFolder.load(SharedProjects.folder(project));
                Step step = (Step) ElementIndex.of(model.resourceSet()).find(firstStepId(project));
                id = step.getId();
                step.setName("Renamed before closing");
                step.eResource().save(null);
                SyncOutcome outcome = earlier.push("Kept overnight");
                assertEquals(SyncOutcome.Status.OFFLINE, outcome.status(), outcome.message());
                assertEquals(1, outcome.pending(), "the change set is in the journal");
            }
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
            SyncStatuses.forget(project);
            assertFalse(OfflineRetry.isWaiting(project), "nothing in this session is retrying it yet");
            DovetailEditor editor = openEditor(project);
            UiWait.until("the status bar shows the kept change set", () -> statusText().contains("1 local change set to commit"));

            server = LocalServer.start(temporary.resolve("server"), port);
            SyncStartup.resumeKeptChangeSets(); // what the workbench does when it starts
            UiWait.until("the status bar says the kept change set went out", () -> statusText().contains("In sync")
                    && statusText().contains("1 kept change set sent"), Duration.ofMinutes(2));
            UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
            RevisionSummary head = admin(server).history("startup-retry", 0, 10).orThrow().get(0);
            assertEquals("Kept overnight", head.message(), "the change set went out with its own message");
            assertEquals(2, head.number(), "one revision after the share");
            assertEquals("Renamed before closing", ((Step) ElementIndex.of(editor.getSession().resource().getResourceSet()).find(id)).getName());
            UiWait.idle(Duration.ofMillis(300));
            Screenshots.capture("sync-status-bar-startup-retry");

            SyncStartup.resumeKeptChangeSets(); // nothing left: a second start pushes nothing and keeps quiet
            UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
            UiWait.idle(Duration.ofMillis(500));
            assertEquals(2, admin(server).history("startup-retry", 0, 10).orThrow().size());
            assertTrue(statusText().contains("In sync"), statusText());
        } finally {
            page().closeAllEditors(false);
            server.close();
        }
    }

    private static String firstStepId(IProject project) throws Exception {
        DovetailEditor editor = openEditor(project);
        String id = steps(editor).get(0).getId();
        page().closeEditor(editor, false);
        return id;
    }
}
