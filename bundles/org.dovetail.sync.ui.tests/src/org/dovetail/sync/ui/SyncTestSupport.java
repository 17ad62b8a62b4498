package org.dovetail.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dovetail.editor.DovetailEditor;
import org.dovetail.model.process.Step;
import org.dovetail.sync.client.Credentials;
import org.dovetail.sync.client.ProjectFolder;
import org.dovetail.sync.client.SyncClient;
import org.dovetail.sync.client.SyncOutcome;
import org.dovetail.sync.client.Synchronizer;
import org.dovetail.sync.emf.ElementIndex;
import org.dovetail.sync.emf.ProjectResources;
import org.dovetail.sync.ui.internal.SyncActions;
import org.dovetail.ui.testing.DialogAnswer;
import org.dovetail.ui.testing.UiActions;
import org.dovetail.ui.testing.UiWait;
import org.dovetail.ui.testing.Widgets;
import org.dovetail.workbench.ExampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** What the sync UI tests share: a project with the example model, users on the real server, editor and status bar. */
final class SyncTestSupport {

    static final java.time.Duration SYNC = java.time.Duration.ofSeconds(90);
    static final String MODEL = ExampleProject.SUPPLIER_INVOICE_MODEL;

    private SyncTestSupport() {
    }

    /** A workspace project with the supplier-invoice example model. */
    static IProject exampleProject(String name) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        if (!project.getFile(MODEL).exists()) {
            ExampleProject.copyExample(MODEL, project, null);
        }
        return project;
    }

    /** Shares {@code project} as the stored user through the Share dialog; waits for the first commit. */
    static void share(IProject project) {
        share(project, "");
    }

    /** Shares {@code project}, creating the server project with {@code description} typed in the Share dialog. */
    static void share(IProject project, String description) {
        DialogAnswer answer = DialogAnswer.when("Share Project", shell -> {
            if (!description.isEmpty()) {
                UiActions.setText(Widgets.labelled(shell, org.eclipse.swt.widgets.Text.class, "Description"), description);
            }
            UiActions.click(Widgets.button(shell, "Share"));
        });
        SyncActions.share(shell(), project);
        answer.assertAnswered();
        UiWait.forJobs(SyncUi.JOB_FAMILY, SYNC);
    }

    static SyncClient client(LocalServer server, String user, String password) {
        return new SyncClient(URI.create(server.url), new Credentials.Basic(user, password));
    }

    static SyncClient admin(LocalServer server) {
        return client(server, "admin", server.password);
    }

    /** Creates {@code user} on the server (as the server admin) and makes them {@code role} of {@code project}. */
    static void member(LocalServer server, String project, String user, String password, String role) throws Exception {
        call(server, "POST", "users", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}", 201);
        call(server, "PUT", "projects/" + project + "/members/" + user, "{\"role\":\"" + role + "\"}", 201);
    }

    private static void call(LocalServer server, String method, String path, String body, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url + "/api/v1/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + server.password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
    }

    /** A teammate's working copy of {@code projectId} cloned into {@code folder}, at revision 1 (the share's commit). */
    static Path cloneTeammate(Path folder, LocalServer server, String projectId) throws Exception {
        try (Synchronizer clone = Synchronizer.cloneInto(folder, server.url, projectId, admin(server))) {
            assertEquals(1, clone.state().baseRevision());
        }
        return folder;
    }

    /** The teammate's working copy sets {@code feature} of element {@code id} and commits it. */
    static void teammateSets(Path teammate, SyncClient client, String id, String feature, String value, String message) throws Exception {
        teammateSets(teammate, client, message, new String[] { id, feature, value });
    }

    /** The teammate sets several values (id, feature, value triples) in one commit. */
    static void teammateSets(Path teammate, SyncClient client, String message, String[]... changes) throws Exception {
        try (Synchronizer other = Synchronizer.open(teammate, client)) {
            other.pull(java.util.Map.of());
            ProjectResources model = ProjectFolder.load(teammate);
            ElementIndex index = ElementIndex.of(model.resourceSet());
            Set<Resource> changed = new LinkedHashSet<>();
            for (String[] change : changes) {
                EObject element = index.find(change[0]);
                element.eSet(element.eClass().getEStructuralFeature(change[1]), change[2]);
                changed.add(element.eResource());
            }
            for (Resource resource : changed) {
                resource.save(null);
            }
            SyncOutcome outcome = other.push(message);
            assertEquals(SyncOutcome.Status.DONE, outcome.status(), outcome.message());
        }
    }

    static DovetailEditor openEditor(IProject project) throws Exception {
        IFile file = project.getFile(MODEL);
        DovetailEditor editor = assertInstanceOf(DovetailEditor.class, IDE.openEditor(UiWait.page(), file, true));
        UiWait.page().activate(editor);
        UiWait.processEvents();
        return editor;
    }

    static List<Step> steps(DovetailEditor editor) {
        List<Step> steps = new ArrayList<>();
        editor.getSession().resource().getAllContents().forEachRemaining(o -> {
            if (o instanceof Step s) {
                steps.add(s);
            }
        });
        return steps;
    }

    static void rename(DovetailEditor editor, Step step, String name) {
        Command command = SetCommand.create(editor.getEditingDomain(), step, step.eClass().getEStructuralFeature("name"), name);
        assertTrue(command.canExecute());
        editor.getSession().commandStack().execute(command);
        editor.doSave(null);
    }

    /** The text of {@code element}'s row in the editor's tree (revealed first), decorations included. */
    static String treeText(DovetailEditor editor, EObject element) {
        editor.getViewer().reveal(element);
        UiWait.processEvents();
        return editor.getViewer().testFindItem(element) instanceof TreeItem item ? item.getText() : "";
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    static String statusText() {
        List<CLabel> labels = Widgets.all(shell(), CLabel.class, l -> l.getData("org.dovetail.sync.ui.status") != null);
        return labels.isEmpty() ? "" : String.valueOf(labels.get(0).getText());
    }

    static boolean isAnswered(DialogAnswer answer) {
        try {
            answer.assertAnswered();
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }
}
